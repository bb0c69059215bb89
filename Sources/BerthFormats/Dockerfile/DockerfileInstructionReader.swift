/// Turns one logical line into an instruction: keyword, `--flags`, words split the way BuildKit
/// splits that instruction, exec or shell form, and `$VARIABLES` substituted where Docker does.
struct DockerfileInstructionReader {
    let escape: Unicode.Scalar
    private(set) var errors: [ParseError] = []

    init(escape: Unicode.Scalar) {
        self.escape = escape
    }

    /// Reads `line`; `variables` are the ARG/ENV values in scope for substitution.
    mutating func read(_ line: DockerfileLogicalLine, heredocs: [DockerfileHeredoc],
                       variables: [String: String], nested: Bool = false) -> DockerfileInstruction? {
        let keywordEnd = line.scalars.firstIndex { $0.isDockerSpace } ?? line.count
        guard keywordEnd > 0 else { return nil }
        let written = line.text(0..<keywordEnd)
        let location = line.location(at: 0)
        let lastLine = max(line.lastLine, heredocs.last?.terminatorLine ?? 0)
        let split = DockerfileWordSplitter.flags(in: line, range: keywordEnd..<line.count)
        var end = line.count
        while end > split.rest, line.scalars[end - 1].isDockerSpace { end -= 1 }
        let rest = split.rest..<max(split.rest, end)
        guard let keyword = DockerfileKeyword.named(written) else {
            report(.syntax, at: location, DockerfileKeyword.unknownMessage(written))
            let words = DockerfileWordSplitter.whitespaceWords(in: line, range: keywordEnd..<line.count)
            return DockerfileInstruction(keyword: written.uppercased(), location: location, lastLine: lastLine,
                                         arguments: words.map { word(line, $0) })
        }
        let expander = DockerfileExpander(variables: variables, escape: escape)
        let expands = keyword.expandsVariables && !nested
        var instruction = DockerfileInstruction(keyword: keyword.name, location: location, lastLine: lastLine,
                                                heredocs: heredocs, expandsVariables: expands)
        instruction.flags = split.flags.map { flag($0, in: line, keyword: keyword, expander: expands || keyword.name == "RUN" ? expander : nil) }
        switch keyword.style {
        case .command:
            (instruction.form, instruction.arguments) = command(line, rest, keyword: keyword.name)
        case .list:
            (instruction.form, instruction.arguments) = list(line, rest, keyword: keyword.name)
        case .words:
            instruction.arguments = DockerfileWordSplitter.whitespaceWords(in: line, range: rest).map { word(line, $0) }
        case .single:
            instruction.arguments = rest.isEmpty ? [] : [word(line, rest)]
        case .keyValues:
            instruction.arguments = keyValues(line, rest, keyword: keyword.name)
        case .names:
            instruction.arguments = DockerfileWordSplitter.quoteAwareWords(in: line, range: rest, escape: escape)
                .map { word(line, $0) }
        case .healthcheck:
            (instruction.form, instruction.arguments) = healthcheck(line, rest)
        case .trigger:
            instruction.triggers = trigger(line, rest, variables: variables, nested: nested).map { [$0] } ?? []
        }
        if expands {
            instruction.arguments = instruction.arguments.map { expand($0, with: expander) }
        }
        checkCount(instruction, keyword: keyword)
        return instruction
    }

    private func word(_ line: DockerfileLogicalLine, _ range: Range<Int>) -> DockerfileWord {
        line.word(range)
    }

    private mutating func expand(_ word: DockerfileWord, with expander: DockerfileExpander) -> DockerfileWord {
        let output = expander.process(word.raw)
        if let problem = output.problem {
            report(.interpolation, at: word.location, "\(problem) in \(word.raw)")
        }
        var result = word
        result.expanded = output.value
        result.isResolved = output.isResolved
        return result
    }

    private mutating func flag(_ flag: DockerfileWordSplitter.Flag, in line: DockerfileLogicalLine,
                               keyword: DockerfileKeyword, expander: DockerfileExpander?) -> DockerfileFlag {
        let parts = flag.text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(parts[0])
        let location = line.location(at: flag.start)
        if !keyword.flags.contains(name) {
            let accepted = keyword.flags.isEmpty ? "it takes no flags"
                : "it accepts " + keyword.flags.map { "--\($0)" }.joined(separator: ", ")
            report(.syntax, at: location, "\(keyword.name) has no --\(name) flag; \(accepted)")
        }
        var value: DockerfileWord?
        if parts.count == 2 {
            value = DockerfileWord(raw: String(parts[1]), location: line.location(at: flag.valueStart ?? flag.start))
            if let expander, let raw = value { value = expand(raw, with: expander) }
        }
        return DockerfileFlag(name: name, value: value, location: location)
    }

    /// RUN, CMD, ENTRYPOINT, SHELL: a JSON array of strings, or else one shell-form string.
    private mutating func command(_ line: DockerfileLogicalLine, _ rest: Range<Int>,
                                  keyword: String) -> (DockerfileInstruction.Form, [DockerfileWord]) {
        if let exec = execForm(line, rest, keyword: keyword) { return (.exec, exec) }
        if keyword == "SHELL" {
            report(.syntax, at: line.location(at: rest.lowerBound),
                   "SHELL needs the JSON form: write SHELL [\"/bin/bash\", \"-c\"]")
        }
        return (.shell, rest.isEmpty ? [] : [word(line, rest)])
    }

    /// COPY, ADD, VOLUME: a JSON array of strings, or else whitespace-separated words.
    private mutating func list(_ line: DockerfileLogicalLine, _ rest: Range<Int>,
                               keyword: String) -> (DockerfileInstruction.Form, [DockerfileWord]) {
        if let exec = execForm(line, rest, keyword: keyword) { return (.exec, exec) }
        return (.shell, DockerfileWordSplitter.whitespaceWords(in: line, range: rest).map { word(line, $0) })
    }

    private mutating func execForm(_ line: DockerfileLogicalLine, _ rest: Range<Int>, keyword: String) -> [DockerfileWord]? {
        guard line.scalars[rest].first == "[" else { return nil }
        switch DockerfileExecForm.parse(line, range: rest) {
        case .strings(let elements):
            return elements.map { DockerfileWord(raw: $0.value, location: line.location(at: $0.offset)) }
        case .notStrings:
            report(.syntax, at: line.location(at: rest.lowerBound),
                   "\(keyword)'s JSON array may hold only strings: quote every element")
        case .notJSON:
            report(.syntax, at: line.location(at: rest.lowerBound),
                   "this looks like a JSON array but is not valid JSON, so Docker runs it as a shell command; "
                       + "use double quotes, commas between elements and a closing ]", severity: .warning)
        }
        return nil
    }

    /// ENV and LABEL: `key=value` words, or the legacy `KEY value with spaces`.
    private mutating func keyValues(_ line: DockerfileLogicalLine, _ rest: Range<Int>, keyword: String) -> [DockerfileWord] {
        let words = DockerfileWordSplitter.quoteAwareWords(in: line, range: rest, escape: escape)
        guard let first = words.first else { return [] }
        if !line.scalars[first].contains("=") {
            var valueStart = first.upperBound
            while valueStart < rest.upperBound, line.scalars[valueStart].isDockerSpace { valueStart += 1 }
            guard valueStart < rest.upperBound else {
                report(.syntax, at: line.location(at: first.lowerBound),
                       "\(keyword) \(line.text(first)) has no value: write \(keyword) \(line.text(first))=value")
                return [word(line, first)]
            }
            return [word(line, first), word(line, valueStart..<rest.upperBound)]
        }
        for range in words where !line.scalars[range].contains("=") {
            report(.syntax, at: line.location(at: range.lowerBound),
                   "\(line.text(range)) has no '=': every word of \(keyword) must be name=value")
        }
        return words.map { word(line, $0) }
    }

    private mutating func healthcheck(_ line: DockerfileLogicalLine, _ rest: Range<Int>) -> (DockerfileInstruction.Form?, [DockerfileWord]) {
        let words = DockerfileWordSplitter.whitespaceWords(in: line, range: rest)
        guard let first = words.first, ["CMD", "NONE"].contains(line.text(first).uppercased()) else {
            report(.syntax, at: line.location(at: rest.lowerBound), "HEALTHCHECK takes CMD <command> or NONE")
            return (nil, words.map { word(line, $0) })
        }
        let head = word(line, first)
        if head.raw.uppercased() == "NONE" {
            if words.count > 1 { report(.syntax, at: head.location, "HEALTHCHECK NONE takes no other arguments") }
            return (nil, [head])
        }
        var start = first.upperBound
        while start < rest.upperBound, line.scalars[start].isDockerSpace { start += 1 }
        let (form, command) = command(line, start..<rest.upperBound, keyword: "HEALTHCHECK")
        if command.isEmpty { report(.syntax, at: head.location, "HEALTHCHECK CMD needs a command to run") }
        return (form, [head] + command)
    }

    /// ONBUILD's instruction, kept unexpanded: it runs in the build that uses this image.
    private mutating func trigger(_ line: DockerfileLogicalLine, _ rest: Range<Int>,
                                  variables: [String: String], nested: Bool) -> DockerfileInstruction? {
        guard !rest.isEmpty else { return nil }
        guard let inner = read(line.suffix(from: rest.lowerBound), heredocs: [], variables: variables, nested: true) else {
            return nil
        }
        if DockerfileKeyword.forbiddenTriggers.contains(inner.keyword) {
            report(.syntax, at: inner.location, "ONBUILD cannot run \(inner.keyword)")
        }
        return inner
    }

    private mutating func checkCount(_ instruction: DockerfileInstruction, keyword: DockerfileKeyword) {
        let count = instruction.arguments.count + instruction.triggers.count
        if count < keyword.minimumArguments {
            let what = keyword.minimumArguments == 1 ? "an argument" : "at least \(keyword.minimumArguments) arguments"
            report(.syntax, at: instruction.location, "\(keyword.name) needs \(what)")
        }
    }

    private mutating func report(_ kind: ParseError.Kind, at location: SourceLocation, _ message: String,
                                 severity: ParseError.Severity = .error) {
        errors.append(ParseError(kind, at: location, message, severity: severity))
    }
}
