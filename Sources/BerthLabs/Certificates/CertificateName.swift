import Foundation
import SwiftASN1
import X509
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One subject alternative name: a DNS name or an IP address a client may connect with.
///
/// Clients check the name they dialled against these, never against the common name,
/// so `https://127.0.0.1/` only verifies when `IP:127.0.0.1` is listed.
public struct CertificateName: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        case dns, ipAddress
    }

    public var kind: Kind
    /// DNS names in lower case; addresses in their canonical text form (`::1`, not `0:0:0:0:0:0:0:1`).
    public var value: String
    /// The address in network byte order (4 or 16 bytes); empty for DNS names.
    public var addressBytes: [UInt8]

    private init(kind: Kind, value: String, addressBytes: [UInt8]) {
        self.kind = kind
        self.value = value
        self.addressBytes = addressBytes
    }

    public static func dns(_ name: String) throws -> CertificateName {
        let lowered = name.lowercased()
        guard isDNSName(lowered) else { throw invalid(name) }
        return CertificateName(kind: .dns, value: lowered, addressBytes: [])
    }

    /// Reads `text` as an IPv4 or IPv6 address (brackets allowed around IPv6), else as a DNS name.
    public init(parsing text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let unbracketed = trimmed.hasPrefix("[") && trimmed.hasSuffix("]") ? String(trimmed.dropFirst().dropLast()) : trimmed
        if let address = CertificateName.address(unbracketed) {
            self = address
        } else {
            self = try CertificateName.dns(trimmed)
        }
    }

    /// `DNS:localhost` or `IP:127.0.0.1`, as openssl prints subject alternative names.
    public var description: String { kind == .dns ? "DNS:\(value)" : "IP:\(value)" }

    var generalName: GeneralName {
        switch kind {
        case .dns: .dnsName(value)
        case .ipAddress: .ipAddress(ASN1OctetString(contentBytes: addressBytes[...]))
        }
    }

    private static func address(_ text: String) -> CertificateName? {
        let family = text.contains(":") ? AF_INET6 : AF_INET
        guard family == AF_INET6 || text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
        var bytes = [UInt8](repeating: 0, count: family == AF_INET6 ? 16 : 4)
        guard inet_pton(family, text, &bytes) == 1 else { return nil }
        var canonical = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        guard inet_ntop(family, bytes, &canonical, socklen_t(canonical.count)) != nil else { return nil }
        let value = String(decoding: canonical.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return CertificateName(kind: .ipAddress, value: value, addressBytes: bytes)
    }

    /// Letters, digits and hyphens in dot-separated labels of at most 63 characters, an
    /// optional `*.` wildcard first, and a last label that is not all digits (that would be a
    /// mistyped address such as `127.0.0.256`).
    private static func isDNSName(_ name: String) -> Bool {
        guard !name.isEmpty, name.utf8.count <= 253 else { return false }
        var labels = name.split(separator: ".", omittingEmptySubsequences: false)
        if labels.count > 1, labels.first == "*" { labels.removeFirst() }
        guard let last = labels.last, !last.allSatisfy(\.isNumber) else { return false }
        return labels.allSatisfy { label in
            (1...63).contains(label.utf8.count) && label.first != "-" && label.last != "-"
                && label.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        }
    }

    private static func invalid(_ text: String) -> CertificateError {
        // Quoted when it would otherwise be invisible or read as several words.
        let shown = text.isEmpty || text.contains(where: \.isWhitespace) ? "\"\(text)\"" : text
        return CertificateError(.invalidName, subject: shown, message: """
            not a DNS name or an IP address; give a name such as api.localhost (letters, digits, \
            hyphens and dots) or an address such as 192.168.1.20
            """)
    }
}
