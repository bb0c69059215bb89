/// Why a request got no HTTP answer at all.
public struct HTTPProbeError: Error, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// Nothing listens there, or the connection was reset.
        case connection
        /// No answer within the request's timeout.
        case timeout
        /// The TLS handshake failed (a refused protocol version ends here).
        case tls
        /// The URL or an option was rejected before anything was sent.
        case invalidRequest
        case other
    }

    public var kind: Kind
    public var url: String
    public var message: String

    public init(kind: Kind, url: String, message: String) {
        self.kind = kind
        self.url = url
        self.message = message
    }

    public var description: String { "\(url): \(message)" }
}
