import BerthFormats

/// `kind: compose-restart`: the service has a restart policy, so a crashed container comes
/// back: any policy but `no`, or exactly `policy:`.
///
/// ```yaml
/// kind: compose-restart
/// service: backend
/// policy: unless-stopped      # optional: always | unless-stopped | on-failure | no
/// ```
public struct ComposeRestartCheck: StaticCheck {
    public static let kind = "compose-restart"

    var target: ComposeServiceTarget
    public var policy: String?

    public init?(_ fields: inout ManifestFields) {
        let target = ComposeServiceTarget(&fields)
        policy = fields.choice("policy", among: ["always", "unless-stopped", "on-failure", "no"])
        guard let target, policy != nil || !fields.has("policy") else { return nil }
        self.target = target
    }

    public func evaluate(in repository: StudentRepository) -> CheckOutcome {
        let expected = policy.map { "\(target.selector) with `restart: \($0)`" }
            ?? "\(target.selector) with a restart policy (always, unless-stopped or on-failure)"
        return target.evaluate(in: repository, expected: expected) { _, service in
            guard let restart = service.restart else {
                if let condition = service.node["deploy"]?["restart_policy"]?["condition"]?.scalar {
                    return judge(condition.string ?? "", written: "`deploy.restart_policy.condition: \(condition.text)`",
                                 at: condition.location, expected: expected)
                }
                return .fail(at: service.location, expected: expected,
                             found: "`\(service.name)` has no `restart:` (so `no`: a container that stops stays down)")
            }
            return judge(restart.value, written: "`restart: \(restart.value)`", at: restart.location, expected: expected)
        }
    }

    private func judge(_ value: String, written: String, at location: SourceLocation, expected: String) -> CheckOutcome {
        // `on-failure:3` is on-failure with a retry limit; Swarm's `any`/`none` are always/no.
        let base = value.split(separator: ":").first.map(String.init) ?? value
        let normalized = ["any": "always", "none": "no"][base] ?? base
        let passes = policy.map { $0 == normalized } ?? (normalized != "no" && !normalized.isEmpty)
        return passes ? .pass(at: location, expected: expected, found: written)
            : .fail(at: location, expected: expected, found: written)
    }
}
