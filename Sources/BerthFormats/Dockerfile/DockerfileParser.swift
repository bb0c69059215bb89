/// The second stage of reading a Dockerfile: logical lines → instructions grouped into build
/// stages, with ARG and ENV tracked in Docker's scopes so each instruction is expanded with
/// the values it would see (global ARGs in FROM, the stage's ARG and ENV elsewhere, ENV
/// inherited by `FROM <earlier stage>`).
struct DockerfileParser {
    private var reader: DockerfileInstructionReader
    private var preamble: [DockerfileInstruction] = []
    private var stages: [DockerfileStage] = []
    private var errors: [ParseError] = []
    /// ARG defaults declared before the first FROM.
    private var globalArguments: [String: String] = [:]
    private var stageArguments: [String: String] = [:]
    private var stageEnvironment: [String: String] = [:]
    /// Each finished stage's ENV, for stages built on it.
    private var environments: [[String: String]] = []

    private init(escape: Unicode.Scalar) {
        reader = DockerfileInstructionReader(escape: escape)
    }

    static func parse(_ lexed: DockerfileLexer.Result) -> (preamble: [DockerfileInstruction], stages: [DockerfileStage], errors: [ParseError]) {
        var parser = DockerfileParser(escape: lexed.escape)
        for item in lexed.items { parser.add(item) }
        parser.finishStage()
        return (parser.preamble, parser.stages, lexed.errors + parser.reader.errors + parser.errors)
    }

    /// The values an instruction of the current stage sees: ENV wins over ARG.
    private var stageVariables: [String: String] {
        stageArguments.merging(stageEnvironment) { _, environment in environment }
    }

    private mutating func add(_ item: DockerfileLexer.Item) {
        let isFrom = item.line.keyword == "FROM"
        let inStage = current != nil
        let variables = isFrom || !inStage ? globalArguments : stageVariables
        guard let instruction = reader.read(item.line, heredocs: item.heredocs, variables: variables) else { return }
        switch instruction.keyword {
        case "FROM":
            startStage(instruction)
        case "ARG":
            declare(instruction, global: !inStage)
            if inStage { current?.body.append(instruction) } else { preamble.append(instruction) }
        case _ where !inStage:
            errors.append(ParseError(.syntax, at: instruction.location,
                                     "\(instruction.keyword) comes before the first FROM; only ARG may come before FROM"))
            preamble.append(instruction)
        case "ENV":
            for variable in instruction.variables {
                if let value = variable.value, value.isResolved {
                    stageEnvironment[variable.name] = value.expanded
                } else {
                    stageEnvironment.removeValue(forKey: variable.name)
                }
            }
            current?.body.append(instruction)
        default:
            current?.body.append(instruction)
        }
    }

    private var current: DockerfileStage?

    private mutating func startStage(_ from: DockerfileInstruction) {
        finishStage()
        let index = stages.count
        var stage = DockerfileStage(index: index, from: from, body: [])
        if let base = from.from?.image, base.registry == nil, base.tag == nil, base.digest == nil {
            stage.baseStage = stages.last { $0.name == base.repository.lowercased() }?.index
        }
        stageArguments = [:]
        stageEnvironment = stage.baseStage.map { environments[$0] } ?? [:]
        check(stage)
        current = stage
    }

    /// Reports what BuildKit would refuse in a FROM: its shape, the stage name and the image reference.
    private mutating func check(_ stage: DockerfileStage) {
        let from = stage.fromInstruction
        let count = from.arguments.count
        guard count == 1 || (count == 3 && from.arguments[1].raw.uppercased() == "AS") else {
            if count > 0 {
                errors.append(ParseError(.syntax, at: from.location,
                                         "FROM takes an image and optionally a stage name: FROM image [AS name]"))
            }
            return
        }
        if let name = stage.from?.stageName {
            let scalars = Array(name.expanded.lowercased().unicodeScalars)
            let valid = scalars.first.map { ("a"..."z").contains($0) } == true && scalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0)
            }
            if !valid {
                errors.append(ParseError(.invalidValue, at: name.location,
                                         "invalid stage name \"\(name.raw)\": start with a letter, then use letters, digits, -, _ or ."))
            } else if stages.contains(where: { $0.name == stage.name }) {
                errors.append(ParseError(.invalidValue, at: name.location,
                                         "stage name \"\(name.raw)\" is already used by an earlier FROM; pick another"))
            }
        }
        if let image = stage.from?.image, let problem = image.problem, let word = stage.from?.imageWord {
            errors.append(ParseError(.invalidValue, at: word.location, "invalid image reference \"\(image.text)\": \(problem)"))
        }
    }

    private mutating func finishStage() {
        guard let stage = current else { return }
        stages.append(stage)
        environments.append(stageEnvironment)
        current = nil
    }

    /// Records ARG names and defaults in the global or the stage scope.
    private mutating func declare(_ instruction: DockerfileInstruction, global: Bool) {
        for variable in instruction.variables {
            let known: String?
            if let value = variable.value {
                known = value.isResolved ? value.expanded : nil
            } else {
                // `ARG NAME` inside a stage brings the global default into scope.
                known = global ? nil : globalArguments[variable.name]
            }
            if global {
                globalArguments[variable.name] = known
            } else {
                stageArguments[variable.name] = known
            }
        }
    }
}
