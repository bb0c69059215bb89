import BerthFormats
import Foundation

/// `kind: dockerfile-instruction`: a stage has an instruction with the asked keyword and,
/// optionally, exact argument words, a piece of text, or a form. Instructions of the stages a
/// stage is built on (`FROM build`) count, as the image inherits them. For CMD and ENTRYPOINT
/// only the last one counts, as Docker runs only that one.
///
/// `arguments:` are compared word by word, after ARG/ENV substitution and shell quote removal:
/// EXPOSE passes when it publishes each listed port (`5252/tcp` is `5252`); ENV, LABEL and ARG
/// when they set each listed `NAME=value` (`ENV NAME value` too); WORKDIR ignores a trailing
/// `/`; and a shell-form command is split into its words (`CMD python3 app.py` has the
/// arguments `["python3", "app.py"]`).
///
/// ```yaml
/// kind: dockerfile-instruction
/// path: first-image/Dockerfile
/// instruction: CMD            # any instruction keyword: EXPOSE, WORKDIR, ENV, USER, …
/// arguments: ["echo", "Hello, World!"]   # optional: the exact words
/// contains: "Hello, World!"   # optional: text the arguments must hold (letter case counts)
/// form: exec                  # optional, for RUN, CMD and ENTRYPOINT: exec | shell
/// stage: final                # final (default) | first | any | a stage name
/// ```
public struct DockerfileInstructionCheck: StaticCheck {
    public static let kind = "dockerfile-instruction"

    public var path: String
    /// The keyword, upper-cased.
    public var instruction: String
    public var arguments: [String]?
    public var contains: String?
    public var form: DockerfileInstruction.Form?
    var stage: DockerfileStageSelector

    public init?(_ fields: inout ManifestFields) {
        let path = fields.string("path", "the Dockerfile's path in the repository")
        var keyword: String?
        if let written = fields.string("instruction", "an instruction keyword, e.g. EXPOSE") {
            switch DockerfileSnippet.keyword(written) {
            case .success(let name): keyword = name
            case .failure(let problem):
                if let node = fields.node["instruction"] { fields.invalid(node, "`instruction:` of \(fields.subject): \(problem.message)") }
            }
        }
        let listed = fields.strings("arguments")
        arguments = fields.has("arguments") ? listed : nil
        if arguments?.isEmpty == true, let node = fields.node["arguments"] {
            fields.invalid(node, "`arguments:` of \(fields.subject) needs at least one word; leave it out to accept any")
        }
        contains = fields.optionalString("contains")
        if contains?.isEmpty == true, let node = fields.node["contains"] {
            fields.invalid(node, "`contains:` of \(fields.subject) needs some text")
        }
        form = fields.choice("form", among: ["exec", "shell"]).flatMap(DockerfileInstruction.Form.init(rawValue:))
        if form != nil, let keyword, !Self.commandKeywords.contains(keyword), let node = fields.node["form"] {
            fields.invalid(node, "`form:` of \(fields.subject) applies to RUN, CMD and ENTRYPOINT, not \(keyword)")
        }
        stage = DockerfileStageSelector(&fields, default: .final)
        guard let path, let keyword, arguments?.isEmpty != true, contains?.isEmpty != true else { return nil }
        self.path = path
        self.instruction = keyword
    }

    /// The instructions that run a command, in exec or shell form.
    static let commandKeywords: Set<String> = ["RUN", "CMD", "ENTRYPOINT"]

    /// Docker runs only the last of these.
    private var onlyLastCounts: Bool { instruction == "CMD" || instruction == "ENTRYPOINT" }

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
        var candidates: [DockerfileInstruction] = []
        var overridden: [DockerfileInstruction] = []
        for stage in stages {
            let inherited = dockerfile.lineage(of: stage).flatMap { $0.instructions(instruction) }
            guard let last = inherited.last else { continue }
            candidates += onlyLastCounts ? [last] : inherited
            if onlyLastCounts { overridden += inherited.dropLast() }
        }
        guard !candidates.isEmpty else {
            return .fail(at: stages.last?.fromInstruction.location, expected: expected,
                         found: "no \(instruction) in \(dockerfile.label(of: stages))")
        }
        let verdicts = candidates.map { ($0, mismatch(of: $0, in: document)) }
        if let passed = verdicts.first(where: { $0.1 == nil }) {
            return .pass(at: passed.0.location, expected: expected, found: document.quoteWithLine(passed.0))
        }
        if let earlier = overridden.last(where: { mismatch(of: $0, in: document) == nil }),
           let last = candidates.last(where: { $0.location > earlier.location }) {
            let found = "\(document.quoteWithLine(earlier)) is overridden by \(document.quoteWithLine(last))"
            return .fail(at: last.location, expected: expected, found: found + ": only the last \(instruction) counts")
        }
        // The instruction that got furthest through the criteria says the most; the later on a tie.
        let closest = verdicts.enumerated().max { ($0.element.1?.rank ?? 0, $0.offset) < ($1.element.1?.rank ?? 0, $1.offset) }
        guard let closest, let mismatch = closest.element.1 else {
            return .fail(at: stages.last?.fromInstruction.location, expected: expected, found: "no \(instruction)")
        }
        return .fail(at: closest.element.0.location, expected: expected, found: mismatch.found)
    }

    private func expectedText(phrase: String) -> String {
        var text: String
        if let arguments {
            let shown = form == .exec ? DockerfileInstructionCheck.jsonArray(arguments) : arguments.joined(separator: " ")
            text = "`\(instruction) \(shown)`"
        } else {
            text = ("AEIO".contains(instruction.prefix(1)) ? "an " : "a ") + instruction
        }
        if let contains { text += " containing `\(contains)`" }
        switch form {
        case .exec?: text += " in exec form (a JSON array)"
        case .shell?: text += " in shell form"
        case nil: break
        }
        return text + phrase
    }

    /// `["python3", "app.py"]`, as Docker's exec form wants it.
    static func jsonArray(_ words: [String]) -> String {
        let escaped = words.map { word in
            "\"" + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        return "[" + escaped.joined(separator: ", ") + "]"
    }
}
