import BerthLive

/// `kind: live-logs`: a request's log line shows in `docker compose logs SERVICE` at once:
/// unbuffered output, the buffering lesson.
///
/// ```yaml
/// kind: live-logs
/// url: http://localhost/api/     # a marker path is appended to it
/// service: backend
/// within: 2                      # seconds
/// ```
public struct LiveLogCheck: LiveCheck {
    public static let kind = "live-logs"

    public var url: String
    public var service: String
    public var within: Double
    public var target: LiveTarget { .compose }

    public init?(_ fields: inout ManifestFields) {
        let url = readLocalURL("url", &fields)
        let service = fields.string("service", "the compose service whose logs are read")
        within = fields.optionalNumber("within") ?? 2
        guard let url, let service else { return nil }
        self.url = url
        self.service = service
    }

    public func evaluate(on session: LiveSession) -> CheckOutcome {
        let expected = "a request's line in `docker compose logs \(service)` within \(Int(within)) s"
        return session.withTarget(target, expected: expected) { project in
            let probe = LogLatencyProbe(baseURL: url, deadline: within)
            let seen = probe.run(with: session.client) { project.logs(service, timeout: 10).stdout }
            guard let latency = seen.latency else {
                return .fail(at: nil, expected: expected,
                             found: "no line with \(seen.marker) after \(Int(within)) s (the request got \(seen.request)): the output is buffered")
            }
            return .pass(at: nil, expected: expected, found: "the line showed after \(Int(latency * 1000)) ms")
        }
    }
}
