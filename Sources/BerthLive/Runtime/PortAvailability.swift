#if canImport(Glibc)
import Glibc
#endif

/// Whether a TCP port can be published on this machine: the bind Docker's proxy would do.
public enum PortAvailability {
    public enum State: Sendable, Equatable {
        case free
        case inUse
        /// Binding failed for another reason (a port below 1024 without the right to bind it…).
        case unavailable(String)
    }

    public static func check(_ port: Int) -> State {
        guard (1...65535).contains(port) else { return .unavailable("not a port") }
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return .unavailable(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr = in_addr(s_addr: INADDR_ANY)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if result == 0 { return .free }
        return errno == EADDRINUSE ? .inUse : .unavailable(String(cString: strerror(errno)))
    }
}
