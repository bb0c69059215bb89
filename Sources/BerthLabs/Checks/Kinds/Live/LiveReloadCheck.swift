import BerthLive

/// `kind: live-reload`: requests keep succeeding, every one, while the proxy checks and
/// reloads its config inside its container.
///
/// ```yaml
/// kind: live-reload
/// url: http://localhost/
/// service: proxy
/// command: ["sh", "-c", "nginx -t && nginx -s reload"]   # the default
/// ```
public struct LiveReloadCheck: LiveCheck {
    public static let kind = "live-reload"

    public var url: String
    public var service: String
    public var command: [String]
    public var target: LiveTarget { .compose }

    public init?(_ fields: inout ManifestFields) {
        let url = readLocalURL("url", &fields)
        let service = fields.string("service", "the compose service that reloads")
        let command = fields.strings("command")
        self.command = command.isEmpty ? ["sh", "-c", "nginx -t && nginx -s reload"] : command
        guard let url, let service else { return nil }
        self.url = url
        self.service = service
    }

    public func evaluate(on session: LiveSession) -> CheckOutcome {
        let expected = "no failed request to \(url) while `\(command.joined(separator: " "))` runs in \(service)"
        return session.withTarget(target, expected: expected) { project in
            let (load, reload) = LoadDuringAction(url: url).run(with: session.client) { project.exec(service, command, timeout: 60) }
            guard reload.succeeded else {
                return .fail(at: nil, expected: expected, found: "the reload failed (exit \(reload.status)): \(reload.tail(3))")
            }
            guard load.failures == 0 else {
                return .fail(at: nil, expected: expected,
                             found: "\(load.failures) of \(load.requests) requests failed (first: \(load.firstFailure ?? "?"))")
            }
            return .pass(at: nil, expected: expected, found: "\(load.requests) requests, none failed")
        }
    }
}
