import Foundation

/// A URL a client asked to shorten, checked so a redirect can only send people to a web page.
public struct LongURL: Sendable, Hashable {
    public let value: String

    /// Longer URLs do not fit PostgreSQL's unique index and are never typed by people.
    static let maximumLength = 2048

    /// Accepts an absolute http or https URL with a host, or says why not.
    public init(_ text: String) throws(APIError) {
        guard !text.isEmpty else { throw .badRequest("\"url\" is empty; send {\"url\": \"https://example.com/page\"}") }
        guard text.utf8.count <= Self.maximumLength else {
            throw .badRequest("\"url\" is longer than \(Self.maximumLength) bytes")
        }
        guard !text.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } == true }) else {
            throw .badRequest("\"url\" contains spaces or control characters; percent-encode them (%20)")
        }
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased() else {
            throw .badRequest("\"url\" is not a valid URL: \(text)")
        }
        guard scheme == "http" || scheme == "https" else {
            throw .badRequest("\"url\" must start with http:// or https://, not \(scheme):")
        }
        guard let host = components.host, !host.isEmpty else {
            throw .badRequest("\"url\" has no host name: \(text)")
        }
        value = text
    }
}
