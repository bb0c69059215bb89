import BerthLive
import Foundation

/// `kind: live-persist`: a counter kept by the stack survives the stack being taken down and
/// brought back up (`down` then `up`, volumes kept), or one service restarting.
///
/// ```yaml
/// kind: live-persist
/// url: http://localhost/api/hits
/// field: hits            # a number that grows with each request
/// action: down-up        # or: restart redis, or restart (every service)
/// ```
public struct LivePersistCheck: LiveCheck {
    public static let kind = "live-persist"

    public var url: String
    public var field: String
    var disruption: StackDisruption
    public var target: LiveTarget { .compose }

    public init?(_ fields: inout ManifestFields) {
        let url = readLocalURL("url", &fields)
        field = fields.optionalString("field") ?? "hits"
        let disruption = StackDisruption.read(&fields, fallback: .downUp)
        guard let url, let disruption else { return nil }
        self.url = url
        self.disruption = disruption
    }

    public func evaluate(on session: LiveSession) -> CheckOutcome {
        let expected = "\(field) from \(url) to keep counting after \(disruption.phrase)"
        return session.withTarget(target, expected: expected) { project in
            guard let before = read() else { return .fail(at: nil, expected: expected, found: "\(url) gave no number \(field)") }
            let probe = PersistenceProbe(read: read, survived: { before, after in after > before })
            switch probe.run(before: before, disrupt: { disruption.apply(to: project, in: session) }) {
            case .kept(let after):
                return .pass(at: nil, expected: expected, found: "\(field) went from \(before) to \(after)")
            case .changed(let after):
                return .fail(at: nil, expected: expected, found: "\(field) was \(before) and started again at \(after): the data was lost")
            case .unreadable:
                return .fail(at: nil, expected: expected, found: "\(url) gave no number \(field) afterwards")
            case .notDisrupted(let problem):
                return .fail(at: nil, expected: expected, found: problem)
            }
        }
    }

    private func read() -> Int? {
        guard let response = try? CurlHTTPClient().send(HTTPRequest(url: url, timeout: 5, followRedirects: true)), response.status == 200 else { return nil }
        return JSONBody.field(field, in: response.body).flatMap { Int($0) }
    }
}
