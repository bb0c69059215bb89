import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A TCP socket that accepts connections into its backlog and never answers,
/// to test timeouts against something real.
public final class SilentListener: @unchecked Sendable {
    public let address: String
    public let port: Int
    private let descriptor: Int32

    public init() throws {
        address = NginxServer.randomLoopbackAddress()
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.descriptor = descriptor
        guard descriptor >= 0 else { throw TestServerError("socket() failed") }
        var socketAddress = sockaddr_in()
        socketAddress.sin_family = sa_family_t(AF_INET)
        socketAddress.sin_port = 0
        inet_pton(AF_INET, address, &socketAddress.sin_addr)
        let bound = withUnsafePointer(to: &socketAddress) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(descriptor, 8) == 0 else { throw TestServerError("bind/listen failed") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &socketAddress) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        port = Int(UInt16(bigEndian: socketAddress.sin_port))
    }

    deinit {
        close(descriptor)
    }
}
