import BerthFormats

/// `kind: compose-depends-on`: the service lists these services under `depends_on`,
/// optionally each with a condition to wait for.
///
/// ```yaml
/// kind: compose-depends-on
/// service: web
/// on: [db, redis]             # names, or selectors like {image: postgres}
/// condition: service_healthy  # optional: service_started | service_healthy | service_completed_successfully
/// ```
public struct ComposeDependsOnCheck: StaticCheck {
    public static let kind = "compose-depends-on"

    var target: ComposeServiceTarget
    public var dependencies: [ComposeServiceSelector]
    public var condition: String?

    public init?(_ fields: inout ManifestFields) {
        let target = ComposeServiceTarget(&fields)
        var dependencies: [ComposeServiceSelector] = []
        if let node = fields.value("on") {
            let items = node.items ?? [node]
            dependencies = items.compactMap { ComposeServiceSelector.decode($0, key: "on", fields: &fields) }
            if items.isEmpty { fields.invalid(node, "`on:` of \(fields.subject) lists at least one service") }
        } else {
            _ = fields.string("on", "the services it must depend on")
        }
        condition = fields.choice("condition", among: ["service_started", "service_healthy", "service_completed_successfully"])
        guard let target, !dependencies.isEmpty, condition != nil || !fields.has("condition") else { return nil }
        self.target = target
        self.dependencies = dependencies
    }

    public func evaluate(in repository: StudentRepository) -> CheckOutcome {
        let expected = "\(target.selector) to depend on " + dependencies.map(\.description).joined(separator: " and ")
            + (condition.map { " with `condition: \($0)`" } ?? "")
        return target.evaluate(in: repository, expected: expected) { compose, service in
            var found: [String] = []
            for wanted in dependencies {
                guard let dependency = service.dependsOn.first(where: { depends($0, on: wanted, in: compose) }) else {
                    return .fail(at: service.location(of: "depends_on"), expected: expected,
                                 found: missing(wanted, from: service, in: compose))
                }
                let name = dependency.service.value
                if let condition, dependency.effectiveCondition != condition {
                    let written = dependency.condition.map { "`\(name)` with `condition: \($0.value)`" }
                        ?? "`\(name)` with no condition (so `service_started`)"
                    return .fail(at: dependency.condition?.location ?? dependency.service.location, expected: expected,
                                 found: written + Self.healthNote(condition, dependency: name, in: compose))
                }
                found.append("`\(name)` (\(dependency.effectiveCondition))")
            }
            return .pass(at: service.location(of: "depends_on"), expected: expected,
                         found: "depends on " + found.joined(separator: ", "))
        }
    }

    /// True when `dependency` names the service `wanted` selects.
    private func depends(_ dependency: ComposeDependency, on wanted: ComposeServiceSelector, in compose: ComposeFile) -> Bool {
        let name = dependency.service.value
        if case .names(let names) = wanted.rule { return names.contains(name) }
        return compose.service(named: name).map(wanted.matches) ?? false
    }

    /// What `depends_on` holds instead, naming a misspelt service.
    private func missing(_ wanted: ComposeServiceSelector, from service: ComposeService, in compose: ComposeFile) -> String {
        let listed = service.dependsOn.map(\.service.value)
        guard !listed.isEmpty else { return "`\(service.name)` has no `depends_on:`" }
        if case .names(let names) = wanted.rule, let miss = ComposeServiceSelector.nearMiss(names, among: listed) {
            return "`depends_on` lists `\(miss.found)` (the task asks for `\(miss.wanted)`)"
        }
        let exists = wanted.service(in: compose) != nil ? "" : " (and the file has no \(wanted))"
        return "`depends_on` lists " + listed.map { "`\($0)`" }.joined(separator: ", ") + exists
    }

    /// `service_healthy` needs a health check on the dependency, or Compose refuses to start.
    static func healthNote(_ condition: String, dependency: String, in compose: ComposeFile) -> String {
        guard condition == "service_healthy", let service = compose.service(named: dependency), !service.hasHealthcheck
        else { return "" }
        return "; `\(dependency)` also needs a `healthcheck:` for service_healthy to work"
    }
}
