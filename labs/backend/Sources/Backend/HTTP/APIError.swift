import Hummingbird

/// An error answered as JSON: `{"error": "service unavailable", "reason": "…"}`.
///
/// The reason says what is wrong and what to do, since the person reading it is often
/// the one who wrote the compose file.
public struct APIError: Error, HTTPResponseError, Sendable, CustomStringConvertible {
    public let status: HTTPResponse.Status
    public let reason: String

    public init(_ status: HTTPResponse.Status, reason: String) {
        self.status = status
        self.reason = reason
    }

    public var description: String { "\(status.code) \(reason)" }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        try JSONBody(Body(error: status.reasonPhrase.lowercased(), reason: reason)).response(status: status)
    }

    private struct Body: Encodable {
        var error: String
        var reason: String
    }
}

extension APIError {
    static func unavailable(_ reason: String) -> APIError { APIError(.serviceUnavailable, reason: reason) }
    static func badRequest(_ reason: String) -> APIError { APIError(.badRequest, reason: reason) }
    static func notFound(_ reason: String) -> APIError { APIError(.notFound, reason: reason) }
}
