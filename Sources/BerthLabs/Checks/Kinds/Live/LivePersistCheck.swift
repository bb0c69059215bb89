import BerthLive
import Foundation

/// `kind: live-persist`: a counter kept by the stack survives the stack being taken down and
/// brought back up (`down` then `up`, volumes kept), or one service restarting.
///
/// ```yaml
/// kind: live-persist
/// url: http://localhost/api/hits
/// field: hits            # a number that grows with each request
/// action: down-up        # or: restart redis
/// ```
public struct LivePersistCheck: LiveCheck {
    public static let kind = "live-persist"

    public var url: String
    public var field: String
    /// nil: `down` + `up`; a name: `restart` that service.
    public var restartedService: String?
    public var target: LiveTarget { .compose }

    public init?(_ fields: inout ManifestFields) {
        let url = readLocalURL("url", &fields)
        field = fields.optionalString("field") ?? "hits"
        let action = fields.optionalString("action") ?? "down-up"
        let words = action.split(separator: " ").map(String.init)
        switch (words.first, words.count) {
        case ("down-up", 1): restartedService = nil
        case ("restart", 2): restartedService = words[1]
        default:
            if let node = fields.node["action"] {
                fields.invalid(node, "`action:` of \(fields.subject) is `down-up` or `restart SERVICE`, not `\(action)`")
            }
            return nil
        }
        guard let url else { return nil }
        self.url = url
    }

    public func evaluate(on session: LiveSession) -> CheckOutcome {
        let action = restartedService.map { "`docker compose restart \($0)`" } ?? "`docker compose down` and `up` (volumes kept)"
        let expected = "\(field) from \(url) to keep counting after \(action)"
        return session.withTarget(target, expected: expected) { project in
            guard let before = read() else { return .fail(at: nil, expected: expected, found: "\(url) gave no number \(field)") }
            if let service = restartedService {
                let restart = project.restart(service)
                guard restart.succeeded else { return .fail(at: nil, expected: expected, found: "the restart failed: \(restart.tail(3))") }
            } else {
                project.compose(["down"], timeout: 120)
                do throws(LiveError) {
                    try project.up(timeout: session.startTimeout)
                } catch {
                    return .fail(at: nil, expected: expected, found: "the stack did not come back: \(error.description)")
                }
            }
            // The service may still be reconnecting: a few tries over some seconds.
            var after: Int?
            for _ in 0..<20 {
                after = read()
                if after != nil { break }
                Thread.sleep(forTimeInterval: 0.5)
            }
            guard let after else { return .fail(at: nil, expected: expected, found: "\(url) gave no number \(field) afterwards") }
            return after > before
                ? .pass(at: nil, expected: expected, found: "\(field) went from \(before) to \(after)")
                : .fail(at: nil, expected: expected, found: "\(field) was \(before) and started again at \(after): the data was lost")
        }
    }

    private func read() -> Int? {
        guard let response = try? CurlHTTPClient().send(HTTPRequest(url: url, timeout: 5, followRedirects: true)), response.status == 200 else { return nil }
        return JSONBody.field(field, in: response.body).flatMap { Int($0) }
    }
}
