import BerthFormats

/// `kind: dockerfile-order`: within one stage, an instruction matching `before` comes earlier
/// than the first one matching `after`: how "dependencies are resolved in a layer before the
/// sources are copied" is graded, so editing the code does not re-run the install. Each is
/// `KEYWORD words…`, matched as `DockerfileInstructionPattern` says (`COPY . .` counts as
/// copying `Sources`); either may be a list of alternatives, for labs graded in several
/// languages. A stage built on an earlier one (`FROM deps`) includes its instructions.
///
/// ```yaml
/// kind: dockerfile-order
/// path: backend/Dockerfile
/// before: "RUN swift package resolve"     # Python: "RUN pip install"
/// after: "COPY Sources"                   # Python: "COPY app.py" or "COPY ."
/// # or alternatives: before: ["RUN pip install", "RUN swift package resolve"]
/// stage: any            # any stage that has both (default) | final | first | a stage name
/// ```
public struct DockerfileOrderCheck: StaticCheck {
    public static let kind = "dockerfile-order"

    public var path: String
    var before: [DockerfileInstructionPattern]
    var after: [DockerfileInstructionPattern]
    var stage: DockerfileStageSelector

    public init?(_ fields: inout ManifestFields) {
        let path = fields.string("path", "the Dockerfile's path in the repository")
        let before = DockerfileInstructionPattern.alternatives("before", fields: &fields)
        let after = DockerfileInstructionPattern.alternatives("after", fields: &fields)
        stage = DockerfileStageSelector(&fields, default: .any)
        guard let path, let before, let after else { return nil }
        self.path = path
        self.before = before
        self.after = after
    }

    public func evaluate(in repository: StudentRepository) -> CheckOutcome {
        DockerfileDocument.evaluate(path, in: repository, expected: expectedText(phrase: "")) { document in
            let expected = expectedText(phrase: stage.phrase(in: document.dockerfile))
            return stage.evaluate(document, expected: expected) { stages in
                evaluate(stages, in: document, expected: expected)
            }
        }
    }

    private func evaluate(_ stages: [DockerfileStage], in document: DockerfileDocument, expected: String) -> CheckOutcome {
        let dockerfile = document.dockerfile
        var failure: CheckOutcome?
        for stage in stages {
            let instructions = dockerfile.lineage(of: stage).flatMap(\.instructions)
            let earlier = instructions.first(where: isBefore)
            guard let earlier, let later = instructions.first(where: isAfter) else { continue }
            if earlier.location < later.location {
                return .pass(at: earlier.location, expected: expected,
                             found: "\(document.quoteWithLine(earlier)) comes before \(document.quoteWithLine(later))")
            }
            // Copying files ends the build cache there: every later layer is rebuilt when they change.
            let copies = after.allSatisfy { ["COPY", "ADD"].contains($0.keyword) }
            let found: String
            if earlier.location == later.location {
                found = "\(document.quoteWithLine(later)) matches both `\(beforeText)` and `\(afterText)`"
                    + (copies ? ": split it, copying the dependency files first" : "")
            } else {
                found = "\(document.quoteWithLine(later)) comes before \(document.quoteWithLine(earlier))"
                    + (copies ? ", so every change to the copied files runs it again" : "")
            }
            failure = failure ?? .fail(at: later.location, expected: expected, found: found)
        }
        if let failure { return failure }
        return missing(in: stages, of: document, expected: expected)
    }

    /// No stage has both: say which one is missing, or where each one is.
    private func missing(in stages: [DockerfileStage], of document: DockerfileDocument, expected: String) -> CheckOutcome {
        let dockerfile = document.dockerfile
        let all = stages.flatMap { dockerfile.lineage(of: $0).flatMap(\.instructions) }
        let earlier = all.first(where: isBefore)
        let later = all.first(where: isAfter)
        let fallback = stages.last?.fromInstruction.location
        switch (earlier, later) {
        case let (earlier?, later?):
            return .fail(at: later.location, expected: expected,
                         found: "\(document.quoteWithLine(earlier)) and \(document.quoteWithLine(later)) are in different stages")
        case let (earlier?, nil):
            return .fail(at: earlier.location, expected: expected,
                         found: "no `\(afterText)` in \(dockerfile.label(of: stages)) (\(document.quoteWithLine(earlier)) is there)")
        case let (nil, later?):
            return .fail(at: later.location, expected: expected,
                         found: "no `\(beforeText)` in \(dockerfile.label(of: stages)) (\(document.quoteWithLine(later)) is there)")
        case (nil, nil):
            return .fail(at: fallback, expected: expected,
                         found: "neither `\(beforeText)` nor `\(afterText)` in \(dockerfile.label(of: stages))")
        }
    }

    private func isBefore(_ instruction: DockerfileInstruction) -> Bool { before.contains { $0.matches(instruction) } }
    private func isAfter(_ instruction: DockerfileInstruction) -> Bool { after.contains { $0.matches(instruction) } }
    private var beforeText: String { before.map(\.text).joined(separator: "` or `") }
    private var afterText: String { after.map(\.text).joined(separator: "` or `") }

    private func expectedText(phrase: String) -> String {
        "`\(beforeText)` before `\(afterText)`\(phrase.isEmpty ? ", in the same stage" : phrase)"
    }
}
