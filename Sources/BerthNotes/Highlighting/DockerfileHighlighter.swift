/// Highlights Dockerfiles: instructions, comments and parser directives, and the
/// arguments: `RUN` (and shell-form `CMD`, `ENTRYPOINT`) as shell, the others as
/// strings, `$VARIABLES`, numbers and the `AS` of a build stage.
struct DockerfileHighlighter: LanguageHighlighter {
    static let instructions: Set<String> = [
        "FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT",
        "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL",
    ]
    private static let shellInstructions: Set<String> = ["RUN", "CMD", "ENTRYPOINT"]

    /// How the instruction being continued with `\` reads its arguments.
    private enum Arguments {
        case shell, words
    }

    private var continued: Arguments?
    private var shell = ShellHighlighter()

    mutating func tokens(in line: Substring) -> [CodeToken] {
        var scanner = CodeScanner(line)
        _ = scanner.scanWhitespace()
        // A comment line may sit inside a continued instruction without ending it.
        if scanner.current == "#" {
            scanner.emitRest(.comment)
            return scanner.tokens
        }
        var arguments = continued ?? .words
        if continued == nil {
            let instruction = scanner.identifier()
            if Self.instructions.contains(instruction.uppercased()) {
                scanner.emit(.keyword, upTo: instruction.endIndex)
                let isShellForm = Self.shellInstructions.contains(instruction.uppercased())
                    && scanner.rest.drop { $0 == " " || $0 == "\t" }.first != "["
                arguments = isShellForm ? .shell : .words
                if isShellForm { shell = ShellHighlighter() }
            }
        }
        switch arguments {
        case .shell:
            var tokens = scanner.tokens
            tokens += shell.tokens(in: scanner.rest)
            continued = line.last == "\\" ? .shell : nil
            return tokens
        case .words:
            scanWords(&scanner)
            continued = line.last == "\\" ? .words : nil
            return scanner.tokens
        }
    }

    private func scanWords(_ scanner: inout CodeScanner) {
        while let character = scanner.current {
            if scanner.scanWhitespace() { continue }
            if scanner.scanString("\"").found || scanner.scanString("'", escapes: false).found
                || scanner.scanVariable() || scanner.scanNumber() {
                continue
            }
            let word = scanner.word { " \t\"'$".contains($0) }
            let isStageName = word.lowercased() == "as" && character != "-"
            scanner.emit(isStageName ? .keyword : .plain, upTo: word.endIndex)
        }
    }
}
