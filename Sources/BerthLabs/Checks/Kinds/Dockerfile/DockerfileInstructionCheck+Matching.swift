import BerthFormats
import Foundation

/// How one instruction falls short of a `dockerfile-instruction` check.
struct InstructionMismatch: Equatable {
    /// How far the instruction got through the criteria (curly quotes, arguments, contains,
    /// form): the instruction that got furthest is the one reported.
    var rank: Int
    var found: String
}

extension DockerfileInstructionCheck {
    /// Why `candidate` does not satisfy the check, or nil when it does.
    func mismatch(of candidate: DockerfileInstruction, in document: DockerfileDocument) -> InstructionMismatch? {
        let quoted = document.quote(candidate)
        let text = (candidate.expandedArguments + candidate.heredocs.map(\.content)).joined(separator: " ")
        if Self.commandKeywords.union(["HEALTHCHECK", "SHELL"]).contains(instruction),
           let marks = TypographicQuotes.find(in: text) {
            return InstructionMismatch(rank: 0, found: TypographicQuotes.message(marks, in: quoted))
        }
        if Self.isBrokenExecForm(candidate) {
            let found = "\(quoted) is not valid JSON (JSON strings take double quotes \"…\"), so Docker runs it as a shell command"
            return InstructionMismatch(rank: 0, found: found)
        }
        if let arguments, !argumentsMatch(arguments, candidate) {
            let mapping = instruction == "EXPOSE" && candidate.expandedArguments.contains { $0.contains(":") }
                ? ": EXPOSE takes the container's port alone, not a host:container mapping" : ""
            return InstructionMismatch(rank: 1, found: quoted + mapping)
        }
        if let contains, !text.contains(contains) {
            return InstructionMismatch(rank: 2, found: Self.missingText(contains, in: text, quoted: quoted))
        }
        if let form, candidate.form != form {
            return InstructionMismatch(rank: 3, found: formProblem(candidate, quoted: quoted))
        }
        return nil
    }

    private func argumentsMatch(_ wanted: [String], _ candidate: DockerfileInstruction) -> Bool {
        let given = words(of: candidate).map(normalised)
        let asked = wanted.map(normalised)
        // These may list more ports or variables than asked; the others must match exactly.
        return Self.listKeywords.contains(instruction) ? asked.allSatisfy(given.contains) : given == asked
    }

    /// Instructions that list independent items, any of which a check may ask for.
    static let listKeywords: Set<String> = ["EXPOSE", "ENV", "LABEL", "ARG"]

    /// The words an instruction's program receives: a shell-form command split as the shell
    /// splits it (one word when it chains several commands), variables as `NAME=value` (the
    /// legacy `ENV NAME value` too), anything else as Docker expands it.
    private func words(of candidate: DockerfileInstruction) -> [String] {
        if ["ENV", "LABEL", "ARG"].contains(candidate.keyword) {
            return candidate.variables.map { variable in variable.value.map { "\(variable.name)=\($0.expanded)" } ?? variable.name }
        }
        guard candidate.form == .shell, Self.commandKeywords.contains(candidate.keyword) else {
            return candidate.expandedArguments
        }
        let commands = candidate.shellCommands
        return commands.count == 1 ? commands[0].words : [candidate.text]
    }

    /// `5252/tcp` → `5252` for EXPOSE, `/app/` → `/app` for WORKDIR.
    private func normalised(_ word: String) -> String {
        switch instruction {
        case "EXPOSE":
            let lowered = word.lowercased()
            return lowered.hasSuffix("/tcp") ? String(lowered.dropLast(4)) : lowered
        case "WORKDIR":
            var path = word
            while path.count > 1, path.hasSuffix("/") { path.removeLast() }
            return path
        default:
            return word
        }
    }

    /// `` `Hello, world!` (lower-case w) in `CMD …` `` when only letter case differs.
    static func missingText(_ wanted: String, in text: String, quoted: String) -> String {
        guard let range = text.range(of: wanted, options: .caseInsensitive) else {
            return "no `\(wanted)` in \(quoted)"
        }
        let written = text[range]
        let differing = zip(written, wanted).filter { $0.0 != $0.1 }
        let letters = differing.map { String($0.0) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let how: String
        if differing.allSatisfy({ $0.0.isLowercase }) {
            how = "lower-case \(letters.joined(separator: ", "))"
        } else if differing.allSatisfy({ $0.0.isUppercase }) {
            how = "upper-case \(letters.joined(separator: ", "))"
        } else {
            how = "letter case differs"
        }
        return "`\(written)` (\(how)) in \(quoted)"
    }

    /// A command meant as exec form that Docker reads as shell form because it is not JSON
    /// (`CMD ['python3', 'app.py']`). A RUN may start with the `[` test command, so there the
    /// bracket must be followed by a quote at once.
    static func isBrokenExecForm(_ candidate: DockerfileInstruction) -> Bool {
        guard candidate.form == .shell, commandKeywords.contains(candidate.keyword) else { return false }
        let text = candidate.text.trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix("["), text.hasSuffix("]") else { return false }
        let afterBracket = text.dropFirst().first
        return candidate.keyword != "RUN" || afterBracket == "\"" || afterBracket == "'"
    }

    private func formProblem(_ candidate: DockerfileInstruction, quoted: String) -> String {
        if form == .shell { return "\(quoted) is in exec form (a JSON array); write the command line without brackets" }
        let commands = candidate.shellCommands
        let suggestion = commands.count == 1 && !commands[0].arguments.contains { !$0.isLiteral }
            ? ": write `\(instruction) \(Self.jsonArray(commands[0].words))`" : ": write it as a JSON array"
        let why = instruction == "RUN" ? "" : " (run by /bin/sh -c, the program does not receive docker stop's SIGTERM)"
        return "\(quoted) is in shell form\(why)\(suggestion)"
    }
}
