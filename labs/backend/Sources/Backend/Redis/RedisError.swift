/// Why a Redis command did not get a usable reply.
public struct RedisError: Error, Sendable, Equatable, CustomStringConvertible {
    enum Kind: Sendable, Equatable {
        case notConfigured
        case connectFailed
        case connectionClosed
        case timeout
        case protocolViolation
        case serverError
        case unexpectedReply
    }

    let kind: Kind
    /// What happened, in words.
    public let message: String

    /// Whether a new try on a new connection may succeed. A refused command will not.
    public var isRetryable: Bool {
        switch kind {
        case .connectFailed, .connectionClosed, .timeout, .protocolViolation: true
        case .notConfigured, .serverError, .unexpectedReply: false
        }
    }

    /// Whether the connection is unusable afterwards and must be replaced.
    var breaksConnection: Bool {
        kind == .connectionClosed || kind == .timeout || kind == .protocolViolation
    }

    public var description: String { message }

    static let notConfigured = RedisError(kind: .notConfigured, message: "Redis is not configured; set REDIS_HOST (and REDIS_PORT if not 6379)")
    static let connectionClosed = RedisError(kind: .connectionClosed, message: "the connection to Redis was closed")
    static func connectFailed(_ host: String, _ port: Int, _ cause: any Error) -> RedisError {
        RedisError(kind: .connectFailed, message: "cannot connect to Redis at \(host):\(port): \(cause)")
    }
    static func timeout(_ duration: Duration) -> RedisError {
        RedisError(kind: .timeout, message: "Redis did not answer within \(duration.milliseconds) ms")
    }
    static func protocolViolation(_ what: String) -> RedisError {
        RedisError(kind: .protocolViolation, message: "Redis sent a malformed reply: \(what)")
    }
    static func serverError(_ text: String) -> RedisError {
        RedisError(kind: .serverError, message: "Redis refused the command: \(text)")
    }
    static func unexpectedReply(_ command: String, _ reply: RESPValue) -> RedisError {
        RedisError(kind: .unexpectedReply, message: "Redis answered \(command) with \(reply)")
    }
}
