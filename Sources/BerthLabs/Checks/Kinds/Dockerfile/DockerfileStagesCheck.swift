import BerthFormats

/// `kind: dockerfile-stages`: a multi-stage build, with at least `minimum` stages and, with
/// `copy-from: true`, a final stage that copies what it runs from an earlier stage
/// (`COPY --from=build …`) instead of carrying the build tools along.
///
/// ```yaml
/// kind: dockerfile-stages
/// path: backend/Dockerfile
/// minimum: 2          # stages at least; 2 when left out
/// copy-from: true     # optional, false by default
/// ```
public struct DockerfileStagesCheck: StaticCheck {
    public static let kind = "dockerfile-stages"

    public var path: String
    public var minimum: Int
    public var copyFrom: Bool

    public init?(_ fields: inout ManifestFields) {
        let path = fields.string("path", "the Dockerfile's path in the repository")
        minimum = fields.integer("minimum", in: 1...100) ?? 2
        copyFrom = fields.bool("copy-from") ?? false
        guard let path else { return nil }
        self.path = path
    }

    public func evaluate(in repository: StudentRepository) -> CheckOutcome {
        DockerfileDocument.evaluate(path, in: repository, expected: expectedText) { document in
            let stages = document.dockerfile.stages
            guard let final = stages.last else {
                return .fail(at: repository.location(of: path), expected: expectedText, found: "no stage")
            }
            let from = document.quoteWithLine(final.fromInstruction)
            guard stages.count >= minimum else {
                let found = stages.count == 1
                    ? "one stage (\(from)): the image that builds the program is the one that runs it"
                    : "\(stages.count) stages"
                return .fail(at: final.fromInstruction.location, expected: expectedText, found: found)
            }
            guard copyFrom else {
                return .pass(at: final.fromInstruction.location, expected: expectedText,
                             found: "\(stages.count) stages; the final one is \(from)")
            }
            return evaluateCopy(into: final, of: stages, in: document)
        }
    }

    private func evaluateCopy(into final: DockerfileStage, of stages: [DockerfileStage],
                              in document: DockerfileDocument) -> CheckOutcome {
        let copies = final.body.filter { $0.copy?.from != nil }
        let earlier = stages.prefix(final.index)
        let fromStage = copies.first { copy in
            let source = (copy.flag("from")?.expandedValue ?? "").lowercased()
            if let index = Int(source) { return index >= 0 && index < final.index }
            return earlier.contains { $0.name == source }
        }
        if let fromStage {
            return .pass(at: fromStage.location, expected: expectedText,
                         found: "\(stages.count) stages; the final one copies with \(document.quoteWithLine(fromStage))")
        }
        if let other = copies.first {
            let source = other.flag("from")?.expandedValue ?? ""
            return .fail(at: other.location, expected: expectedText,
                         found: "\(document.quoteWithLine(other)) copies from `\(source)`, which is no earlier stage of this Dockerfile")
        }
        let label = document.dockerfile.label(of: final)
        let from = document.quoteWithLine(final.fromInstruction)
        if let base = final.baseStage, stages.indices.contains(base) {
            let baseLabel = document.dockerfile.label(of: stages[base])
            return .fail(at: final.fromInstruction.location, expected: expectedText,
                         found: "\(label) is built on \(baseLabel) (\(from)), so it keeps all of it; "
                             + "start it from a small image and COPY --from only what runs")
        }
        return .fail(at: final.fromInstruction.location, expected: expectedText,
                     found: "\(label) (\(from)) copies nothing from an earlier stage: it has no COPY --from=")
    }

    private var expectedText: String {
        let stages = "at least \(minimum) build stage\(minimum == 1 ? "" : "s")"
        return copyFrom ? "\(stages), the final one copying from an earlier one with COPY --from" : stages
    }
}
