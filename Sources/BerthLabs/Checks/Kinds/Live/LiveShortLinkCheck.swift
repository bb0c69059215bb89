import BerthLive
import Foundation

/// `kind: live-short-link`: a link shortened before the stack restarts still expands after it:
/// the data is in the database's volume, not in a container. Speaks the URL-shortener API of
/// the classic assignment (`POST /shorten {"url"}` → `short_url`, `GET /expand?url=CODE` →
/// `long_url`), which Flask and Swift submissions share.
///
/// ```yaml
/// kind: live-short-link
/// base: http://localhost:9999
/// action: restart          # or down-up, or restart SERVICE
/// ```
public struct LiveShortLinkCheck: LiveCheck {
    public static let kind = "live-short-link"

    public var base: String
    var disruption: StackDisruption
    public var target: LiveTarget { .compose }

    public init?(_ fields: inout ManifestFields) {
        let base = readLocalURL("base", &fields)
        let disruption = StackDisruption.read(&fields, fallback: .restart(nil))
        guard let base, let disruption else { return nil }
        self.base = base.hasSuffix("/") ? String(base.dropLast()) : base
        self.disruption = disruption
    }

    public func evaluate(on session: LiveSession) -> CheckOutcome {
        var random = SystemRandomNumberGenerator()
        let long = "https://example.com/berth-\(String(format: "%08x", random.next() as UInt32))"
        let expected = "a link shortened at \(base)/shorten to expand to \(long) after \(disruption.phrase)"
        return session.withTarget(target, expected: expected) { project in
            let body = Array(#"{"url": "\#(long)"}"#.utf8)
            let request = HTTPRequest(url: base + "/shorten", method: "POST", headers: [("Content-Type", "application/json")],
                                      body: body, timeout: 10, followRedirects: true)
            guard let shortened = try? session.client.send(request), (200..<300).contains(shortened.status),
                  let short = JSONBody.field("short_url", in: shortened.body),
                  let code = short.split(separator: "/").last.map(String.init) else {
                return .fail(at: nil, expected: expected, found: "POST \(base)/shorten gave no short_url")
            }
            guard expand(code, with: session.client) == long else {
                return .fail(at: nil, expected: expected, found: "\(base)/expand?url=\(code) did not give the link back even before the restart")
            }
            let probe = PersistenceProbe(read: { expand(code, with: session.client) }, survived: { before, after in before == after })
            switch probe.run(before: long, disrupt: { disruption.apply(to: project, in: session) }) {
            case .kept:
                return .pass(at: nil, expected: expected, found: "\(code) still expands to it")
            case .changed(let after):
                return .fail(at: nil, expected: expected, found: "\(code) now expands to \(after)")
            case .unreadable:
                return .fail(at: nil, expected: expected, found: "\(code) no longer expands: the links were lost")
            case .notDisrupted(let problem):
                return .fail(at: nil, expected: expected, found: problem)
            }
        }
    }

    private func expand(_ code: String, with client: CurlHTTPClient) -> String? {
        guard let response = try? client.send(HTTPRequest(url: base + "/expand?url=" + code, timeout: 5, followRedirects: true)),
              response.status == 200 else { return nil }
        return JSONBody.field("long_url", in: response.body)
    }
}
