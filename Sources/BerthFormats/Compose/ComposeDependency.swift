/// One entry of a service's `depends_on`: which service, and what to wait for.
public struct ComposeDependency: Sendable {
    /// The service depended on, where its name was written.
    public var service: ComposeValue<String>
    /// `service_started` (the default), `service_healthy` or `service_completed_successfully`.
    public var condition: ComposeValue<String>?
    /// Restart this service when the dependency is restarted.
    public var restart: Bool
    /// When false, a missing or disabled dependency is tolerated.
    public var required: Bool

    /// The condition Compose waits for, `service_started` when none is written.
    public var effectiveCondition: String { condition?.value ?? "service_started" }

    /// True for `condition: service_healthy`.
    public var waitsForHealth: Bool { effectiveCondition == "service_healthy" }

    var json: JSONValue {
        var members: [(String, JSONValue)] = [("condition", .string(effectiveCondition))]
        if restart { members.append(("restart", .bool(true))) }
        members.append(("required", .bool(required)))
        return .object(members)
    }

    static let conditions = ["service_started", "service_healthy", "service_completed_successfully"]

    /// Reads the list form (`[db, cache]`) or the mapping form (`db: {condition: service_healthy}`).
    static func parse(_ node: ComposeNode, service: String, decoder: inout ComposeDecoder) -> [ComposeDependency] {
        let what = "`depends_on` of service `\(service)`"
        if let items = node.items {
            return items.compactMap { item in
                decoder.string(item, "an item of \(what)").map {
                    ComposeDependency(service: $0, condition: nil, restart: false, required: true)
                }
            }
        }
        guard let entries = decoder.mapping(node, what) else { return [] }
        return entries.map { entry in
            var dependency = ComposeDependency(service: ComposeValue(entry.name, at: entry.key.location),
                                               condition: nil, restart: false, required: true)
            guard let options = decoder.mapping(entry.value, "`\(entry.name)` in \(what)") else { return dependency }
            decoder.checkKeys(options, allowed: ComposeSchema.dependency, in: "`\(entry.name)` in \(what)")
            if let conditionNode = entry.value["condition"],
               let condition = decoder.string(conditionNode, "`condition` in \(what)") {
                if !conditions.contains(condition.value) {
                    decoder.problem("`\(condition.value)` is not a depends_on condition; use \(conditions.joined(separator: ", "))",
                                    at: condition.location)
                }
                dependency.condition = condition
            }
            dependency.restart = entry.value["restart"].flatMap { decoder.bool($0, "`restart` in \(what)")?.value } ?? false
            dependency.required = entry.value["required"].flatMap { decoder.bool($0, "`required` in \(what)")?.value } ?? true
            return dependency
        }
    }
}

/// One entry of a service's `links`: `db` or `db:database` (service, then the alias to use).
public struct ComposeLink: Sendable {
    public var service: ComposeValue<String>
    public var alias: String?
}
