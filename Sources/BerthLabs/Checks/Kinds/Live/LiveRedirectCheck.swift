import BerthLive

/// `kind: live-redirect`: a URL answers a permanent redirect to exactly this location
/// (http to https keeping the path and query).
///
/// ```yaml
/// kind: live-redirect
/// url: http://localhost/api/hello?from=berth
/// location: https://localhost/api/hello?from=berth
/// status: [301, 308]
/// ```
public struct LiveRedirectCheck: LiveCheck {
    public static let kind = "live-redirect"

    public var url: String
    public var location: String
    public var statuses: [Int]
    public var target: LiveTarget { .compose }

    public init?(_ fields: inout ManifestFields) {
        let url = readLocalURL("url", &fields)
        let location = fields.string("location", "the exact Location the redirect must give")
        statuses = fields.strings("status").compactMap { Int($0) }
        if statuses.isEmpty { statuses = [301, 308] }
        guard let url, let location else { return nil }
        self.url = url
        self.location = location
    }

    public func evaluate(on session: LiveSession) -> CheckOutcome {
        let expected = "\(url) to answer \(statuses.map(String.init).joined(separator: " or ")) to \(location)"
        return session.withTarget(target, expected: expected) { _ in
            do throws(HTTPProbeError) {
                let response = try session.client.send(HTTPRequest(url: url, timeout: 10))
                let found = "HTTP \(response.status)" + (response.header("Location").map { " to \($0)" } ?? " without a Location")
                let right = statuses.contains(response.status) && response.header("Location") == location
                return right ? .pass(at: nil, expected: expected, found: found) : .fail(at: nil, expected: expected, found: found)
            } catch {
                return .fail(at: nil, expected: expected, found: "no answer: \(error.message)")
            }
        }
    }
}
