import BerthLive
import Foundation

/// `kind: live-burst`: a burst of requests gets 429 (not 503) once over the limit, and after a
/// pause requests get through again.
///
/// ```yaml
/// kind: live-burst
/// url: http://localhost/api/hello
/// requests: 40
/// concurrency: 8
/// recovers-after: 2      # seconds of quiet before one request must succeed
/// ```
public struct LiveBurstCheck: LiveCheck {
    public static let kind = "live-burst"

    public var url: String
    public var requests: Int
    public var concurrency: Int
    public var recoversAfter: Double
    public var target: LiveTarget { .compose }

    public init?(_ fields: inout ManifestFields) {
        let url = readLocalURL("url", &fields)
        requests = fields.integer("requests", in: 2...500) ?? 40
        concurrency = fields.integer("concurrency", in: 1...32) ?? 8
        recoversAfter = fields.optionalNumber("recovers-after") ?? 2
        guard let url else { return nil }
        self.url = url
    }

    public func evaluate(on session: LiveSession) -> CheckOutcome {
        let expected = "a burst of \(requests) requests to \(url) to get some 429s, then an answer after \(Int(recoversAfter)) s of quiet"
        return session.withTarget(target, expected: expected) { _ in
            let burst = BurstProbe(url: url, requests: requests, concurrency: concurrency).run(with: session.client)
            guard burst.tooManyRequests > 0 else {
                let why = burst.unavailable > 0 ? ": 503 is what limit_req answers without limit_req_status 429" : ": nothing limited the burst"
                return .fail(at: nil, expected: expected, found: burst.summary + why)
            }
            guard burst.successes > 0 else { return .fail(at: nil, expected: expected, found: burst.summary + ": nothing got through") }
            Thread.sleep(forTimeInterval: recoversAfter)
            let after = BurstProbe(url: url, requests: 1).run(with: session.client)
            guard after.successes == 1 else {
                return .fail(at: nil, expected: expected, found: "\(burst.summary), but after the pause: \(after.summary)")
            }
            return .pass(at: nil, expected: expected, found: "\(burst.summary), then through again")
        }
    }
}
