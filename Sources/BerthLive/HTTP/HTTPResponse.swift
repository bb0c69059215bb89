/// What came back: status, headers in the order received, body, and the negotiated TLS version.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]
    /// Where a redirect points (the `Location` header resolved against the request URL).
    public var redirectURL: String?
    /// Seconds from start to the last byte.
    public var totalTime: Double
    /// The server certificate's fields as libcurl names them (`Subject`,
    /// `X509v3 Subject Alternative Name`…), when the request asked for them over TLS.
    public var certificate: [String: String]

    public init(status: Int, headers: [(name: String, value: String)], body: [UInt8],
                redirectURL: String?, totalTime: Double, certificate: [String: String] = [:]) {
        self.status = status
        self.headers = headers
        self.body = body
        self.redirectURL = redirectURL
        self.totalTime = totalTime
        self.certificate = certificate
    }

    /// The DNS names the certificate is valid for: its subject alternative names, else its common name.
    public var certificateNames: [String] {
        if let names = certificate["X509v3 Subject Alternative Name"] {
            return names.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .compactMap { $0.hasPrefix("DNS:") ? String($0.dropFirst(4)) : nil }
        }
        let subject = certificate["Subject"] ?? ""
        return subject.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .compactMap { $0.hasPrefix("CN=") ? String($0.dropFirst(3)) : $0.hasPrefix("CN = ") ? String($0.dropFirst(5)) : nil }
    }

    /// The first header with this name, compared case-insensitively as HTTP requires.
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }

    /// The body decoded as UTF-8 (invalid bytes replaced).
    public var text: String { String(decoding: body, as: UTF8.self) }
}
