import BerthLive

/// `kind: live-spread`: requests through the load balancer reach several instances, evenly.
///
/// ```yaml
/// kind: live-spread
/// url: http://localhost/api/instance
/// field: instance        # the JSON field naming the instance (default)
/// requests: 12
/// distinct: 3            # at least this many instances answer
/// ```
public struct LiveSpreadCheck: LiveCheck {
    public static let kind = "live-spread"

    public var url: String
    public var field: String
    public var requests: Int
    public var distinct: Int
    public var target: LiveTarget { .compose }

    public init?(_ fields: inout ManifestFields) {
        let url = readLocalURL("url", &fields)
        field = fields.optionalString("field") ?? "instance"
        requests = fields.integer("requests", in: 2...200) ?? 12
        distinct = fields.integer("distinct", in: 2...50) ?? 3
        guard let url else { return nil }
        self.url = url
    }

    public func evaluate(on session: LiveSession) -> CheckOutcome {
        let expected = "\(requests) requests to \(url) answered by at least \(distinct) instances, none taking more than half"
        return session.withTarget(target, expected: expected) { _ in
            let spread = SpreadProbe(url: url, requests: requests, field: field).run(with: session.client)
            if spread.answered == 0 {
                return .fail(at: nil, expected: expected, found: "no usable answer: \(spread.failures.first ?? "none")")
            }
            let found = "\(spread.distinct) instance\(spread.distinct == 1 ? "" : "s") (\(spread.summary))"
                + (spread.failures.isEmpty ? "" : ", \(spread.failures.count) failed requests")
            let even = spread.distinct >= distinct && (spread.distinct < 2 || spread.largestShare <= 0.5) && spread.failures.isEmpty
            return even ? .pass(at: nil, expected: expected, found: found) : .fail(at: nil, expected: expected, found: found)
        }
    }
}
