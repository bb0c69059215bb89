/// Every rule berth has, in id order: the one list `--explain`, SARIF and
/// `.berth.yaml` validation read.
public enum RuleRegistry {
    public static let all: [any Rule.Type] = [BL001.self, BL002.self]
        + DockerfileRules.all.map { $0 as any Rule.Type }
        + ComposeRules.all.map { $0 as any Rule.Type }
        + NginxRules.all.map { $0 as any Rule.Type }

    public static var descriptions: [RuleDescription] { all.map(RuleDescription.init) }

    /// The rule with `id` (any case: `bl306` finds BL306).
    public static func rule(id: String) -> (any Rule.Type)? {
        all.first { $0.id == id.uppercased() }
    }

    /// Known ids closest to `id`, for "did you mean" messages.
    public static func suggestions(for id: String) -> [String] {
        let wanted = Array(id.uppercased().utf8)
        var scored: [(id: String, distance: Int)] = []
        for rule in all {
            let known = Array(rule.id.utf8)
            guard known.count >= 3, wanted.count >= 3, known[..<3] == wanted[..<3] else { continue }
            var distance = abs(known.count - wanted.count)
            for index in 0..<min(known.count, wanted.count) where known[index] != wanted[index] { distance += 1 }
            scored.append((rule.id, distance))
        }
        return scored.sorted { $0.distance < $1.distance }.prefix(3).map(\.id)
    }
}
