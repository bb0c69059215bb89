/// What a development certificate is for: the names it covers, how long it lasts and its key.
public struct CertificateRequest: Hashable, Sendable {
    /// The signing key. P-256 is what every TLS client supports and the smallest to ship.
    public enum KeyType: String, Sendable, Hashable, CaseIterable {
        case p256 = "ecdsa-p256"
        case p384 = "ecdsa-p384"
    }

    /// The names every certificate covers, so `https://localhost`, `https://127.0.0.1` and
    /// `https://[::1]` all verify.
    public static let standardNames = ["localhost", "127.0.0.1", "::1"]
    public static let defaultDays = 365
    /// 825 days is the longest validity Apple platforms accept for a TLS server certificate.
    public static let allowedDays = 1...825

    /// The subject's common name. Clients ignore it when names are listed, but tools show it.
    public var commonName: String
    /// The subject alternative names, the standard ones first, each once.
    public var names: [CertificateName]
    public var days: Int
    public var keyType: KeyType

    /// The standard names plus `extraNames` (DNS names or IP addresses, in any order).
    public init(extraNames: [String] = [], days: Int = defaultDays, keyType: KeyType = .p256) throws {
        guard CertificateRequest.allowedDays.contains(days) else {
            throw CertificateError(.invalidValidity, subject: "\(days) days", message: """
                a certificate lasts \(CertificateRequest.allowedDays.lowerBound) to \
                \(CertificateRequest.allowedDays.upperBound) days; pick a number in that range (the default is \
                \(CertificateRequest.defaultDays))
                """)
        }
        var names: [CertificateName] = []
        for text in CertificateRequest.standardNames + extraNames {
            let name = try CertificateName(parsing: text)
            if !names.contains(name) { names.append(name) }
        }
        self.commonName = "localhost"
        self.names = names
        self.days = days
        self.keyType = keyType
    }
}
