/// What came back: status, headers in the order received, body, and the negotiated TLS version.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]
    /// Where a redirect points (the `Location` header resolved against the request URL).
    public var redirectURL: String?
    /// Seconds from start to the last byte.
    public var totalTime: Double

    public init(status: Int, headers: [(name: String, value: String)], body: [UInt8],
                redirectURL: String?, totalTime: Double) {
        self.status = status
        self.headers = headers
        self.body = body
        self.redirectURL = redirectURL
        self.totalTime = totalTime
    }

    /// The first header with this name, compared case-insensitively as HTTP requires.
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }

    /// The body decoded as UTF-8 (invalid bytes replaced).
    public var text: String { String(decoding: body, as: UTF8.self) }
}
