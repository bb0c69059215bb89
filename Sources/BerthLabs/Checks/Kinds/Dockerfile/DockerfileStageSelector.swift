import BerthFormats

/// Which build stages a check looks at, from `stage: final | first | any | NAME`.
/// A single-stage Dockerfile's one stage is both its first and its final.
enum DockerfileStageSelector: Equatable, Sendable {
    /// The last stage: the image `docker build` produces.
    case final
    case first
    /// Every stage; the check passes when one of them does.
    case any
    /// The stage named with `AS NAME` (lower-cased, as Docker matches names).
    case named(String)

    /// Reads `stage:`, or `fallback` when it is absent.
    init(_ fields: inout ManifestFields, default fallback: DockerfileStageSelector) {
        self = fallback
        guard let text = fields.optionalString("stage") else { return }
        switch text.lowercased() {
        case "final": self = .final
        case "first": self = .first
        case "any": self = .any
        case let name where !name.isEmpty && !name.contains(where: \.isWhitespace): self = .named(name)
        default:
            if let node = fields.node["stage"] {
                fields.invalid(node, "`stage:` of \(fields.subject) is final, first, any or a stage name, not `\(text)`")
            }
        }
    }

    /// Hands the chosen stages to `body`; a name no stage has fails, listing the stages there are.
    func evaluate(_ document: DockerfileDocument, expected: String,
                  _ body: ([DockerfileStage]) -> CheckOutcome) -> CheckOutcome {
        let stages = document.dockerfile.stages
        switch self {
        case .final: return body(Array(stages.suffix(1)))
        case .first: return body(Array(stages.prefix(1)))
        case .any: return body(stages)
        case .named(let name):
            if let stage = document.dockerfile.stage(named: name) { return body([stage]) }
            let names = stages.map { $0.name.map { "`\($0)`" } ?? "unnamed" }
            let location = stages.first?.fromInstruction.location
            return .fail(at: location, expected: expected,
                         found: "no stage named `\(name)` (the stages here: \(names.joined(separator: ", ")))")
        }
    }

    /// ` in the final stage`, or nothing for a single-stage Dockerfile, where it goes without saying.
    func phrase(in dockerfile: Dockerfile) -> String {
        switch self {
        case .final: return dockerfile.stages.count > 1 ? " in the final stage" : ""
        case .first: return dockerfile.stages.count > 1 ? " in the first stage" : ""
        case .any: return ""
        case .named(let name): return " in stage `\(name)`"
        }
    }
}

extension Dockerfile {
    /// `stage` and the earlier stages it is built on (`FROM build`), base first: everything
    /// its image inherits.
    func lineage(of stage: DockerfileStage) -> [DockerfileStage] {
        var chain = [stage]
        var visited: Set<Int> = [stage.index]
        while let base = chain[0].baseStage, stages.indices.contains(base), visited.insert(base).inserted {
            chain.insert(stages[base], at: 0)
        }
        return chain
    }

    /// How messages name a stage: `the final stage`, `stage `build``, or `the Dockerfile` when
    /// there is only one.
    func label(of stage: DockerfileStage) -> String {
        if stages.count <= 1 { return "the Dockerfile" }
        let name = stage.name.map { " (`\($0)`)" } ?? ""
        if stage.index == stages.count - 1 { return "the final stage\(name)" }
        return stage.name.map { "stage `\($0)`" } ?? "stage \(stage.index + 1)"
    }

    /// `label(of:)` for one stage; `the Dockerfile` for several.
    func label(of stages: [DockerfileStage]) -> String {
        stages.count == 1 ? label(of: stages[0]) : "the Dockerfile"
    }
}
