/// One HTTP request a probe sends.
public struct HTTPRequest: Sendable {
    /// TLS protocol versions a request can be pinned to, to prove which ones a server refuses.
    public enum TLSVersion: String, Sendable, CaseIterable {
        case tls1_0 = "TLSv1", tls1_1 = "TLSv1.1", tls1_2 = "TLSv1.2", tls1_3 = "TLSv1.3"
    }

    public var url: String
    public var method: String
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]?
    /// The whole exchange, connection included, must finish within this many seconds.
    public var timeout: Double
    public var followRedirects: Bool
    /// When set, the handshake offers exactly this version (minimum and maximum).
    public var tlsVersion: TLSVersion?
    /// Student stacks use self-signed certificates, so peers are not verified unless asked.
    public var verifyPeer: Bool
    /// Connect to this address instead of resolving the URL's host (`curl --resolve`),
    /// so the Host header and SNI stay as in the URL.
    public var connectAddress: String?
    /// Read the server certificate's fields into the response.
    public var collectsCertificate: Bool

    public init(url: String, method: String = "GET", headers: [(name: String, value: String)] = [],
                body: [UInt8]? = nil, timeout: Double = 5, followRedirects: Bool = false,
                tlsVersion: TLSVersion? = nil, verifyPeer: Bool = false, connectAddress: String? = nil,
                collectsCertificate: Bool = false) {
        self.collectsCertificate = collectsCertificate
        self.url = url
        self.method = method
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.followRedirects = followRedirects
        self.tlsVersion = tlsVersion
        self.verifyPeer = verifyPeer
        self.connectAddress = connectAddress
    }
}
