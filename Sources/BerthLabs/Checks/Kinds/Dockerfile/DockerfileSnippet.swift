import BerthFormats

/// Bits of Dockerfile written in `lab.yaml` (an instruction keyword, a command prefix), read
/// by the same parser as the students' files, so both sides know the same keywords and split
/// shell words alike.
enum DockerfileSnippet {
    /// The instruction keyword `word` names, upper-cased; or why Docker would not know it
    /// (`EXPOS` → "unknown instruction EXPOS; did you mean EXPOSE?").
    static func keyword(_ word: String) -> Result<String, SnippetProblem> {
        guard !word.isEmpty, !word.contains(where: { $0.isWhitespace }) else {
            return .failure(SnippetProblem(message: "`\(word)` is not an instruction keyword (one word, such as EXPOSE)"))
        }
        // The parser keeps an unknown instruction (so the rest of a file is still read) and
        // reports it at its keyword with the closest known one.
        let parsed = parse("\(word) x y")
        let unknown = parsed.errors.first { $0.location.line == 2 && $0.location.column == 1 && $0.message.hasPrefix("unknown instruction") }
        if unknown == nil, parsed.instructions.dropFirst().first?.keyword == word.uppercased() { return .success(word.uppercased()) }
        let reason = unknown?.message ?? "`\(word)` is not a Dockerfile instruction"
        return .failure(SnippetProblem(message: reason))
    }

    /// The simple commands of `text` read as a shell-form RUN (`apt-get update && apt-get upgrade -y`).
    static func commands(_ text: String) -> Result<[ShellCommand], SnippetProblem> {
        guard !text.contains(where: \.isNewline) else {
            return .failure(SnippetProblem(message: "`\(text)` must be on one line"))
        }
        let parsed = parse("RUN \(text)")
        if let error = parsed.errors.first(where: { $0.severity == .error }) {
            return .failure(SnippetProblem(message: "`\(text)`: \(error.message)"))
        }
        return .success(parsed.stages.first?.runs.first?.commands ?? [])
    }

    private static func parse(_ line: String) -> Dockerfile {
        Dockerfile.parse(SourceText(path: "lab.yaml", text: "FROM scratch\n\(line)\n"))
    }
}

/// Why a snippet of `lab.yaml` is not valid Dockerfile text, said for the lab's author.
struct SnippetProblem: Error {
    var message: String
}
