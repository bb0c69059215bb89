import BerthLive

/// `kind: live-running`: after `docker compose up --wait`, these services have containers
/// that run, and are healthy where they have a health check.
///
/// ```yaml
/// kind: live-running
/// services: [backend, frontend]
/// ```
public struct LiveRunningCheck: LiveCheck {
    public static let kind = "live-running"

    public var services: [String]
    public var target: LiveTarget { .compose }

    public init?(_ fields: inout ManifestFields) {
        services = fields.strings("services")
        guard !services.isEmpty else {
            fields.invalid(fields.node, "\(fields.subject) needs `services:` (the compose services that must run)")
            return nil
        }
    }

    public func evaluate(on session: LiveSession) -> CheckOutcome {
        let expected = "\(services.joined(separator: ", ")) running (healthy where they have a health check)"
        return session.withTarget(target, expected: expected) { project in
            let containers = project.containers()
            var found: [String] = []
            for service in services {
                let own = containers.filter { $0.service == service }
                guard let container = own.first else {
                    return .fail(at: nil, expected: expected, found: "no container for \(service) (services: "
                                 + Set(containers.map(\.service)).sorted().joined(separator: ", ") + ")")
                }
                guard own.allSatisfy({ $0.state == "running" && ($0.health.isEmpty || $0.health == "healthy") }) else {
                    return .fail(at: nil, expected: expected, found: "\(service) is \(container.state)\(container.health.isEmpty ? "" : ", \(container.health)")")
                }
                found.append("\(service) \(own.count == 1 ? "running" : "running ×\(own.count)")")
            }
            return .pass(at: nil, expected: expected, found: found.joined(separator: ", "))
        }
    }
}
