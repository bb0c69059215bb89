import BerthFormats
import Foundation

/// The Dockerfile a check reads, with its text kept so messages quote the student's own lines.
struct DockerfileDocument {
    let dockerfile: Dockerfile
    private let lines: [Substring]

    init(_ dockerfile: Dockerfile, source: SourceText) {
        self.dockerfile = dockerfile
        lines = source.lines
    }

    /// Reads and parses `path`, then hands it to `body`. A missing, unreadable or unparsable file
    /// fails instead, saying so; `tolerating` lets a check report some parse errors in its own words.
    static func evaluate(_ path: String, in repository: StudentRepository, expected: String,
                         tolerating tolerated: (ParseError, Dockerfile) -> Bool = { _, _ in false },
                         _ body: (DockerfileDocument) -> CheckOutcome) -> CheckOutcome {
        let place = repository.location(of: path)
        let nothingElse = "nothing else about the Dockerfile could be checked"
        switch repository.entry(at: path) {
        case .missing:
            return .fail(at: place, expected: expected, found: "no file \(path)\(misnamed(path, in: repository)); \(nothingElse)")
        case .outside:
            return .fail(at: place, expected: expected,
                         found: "\(path) is a symlink that leads outside the repository; berth does not follow it, so \(nothingElse)")
        case .directory, .emptyDirectory:
            return .fail(at: place, expected: expected, found: "\(path) is a folder, not a Dockerfile; \(nothingElse)")
        case .file:
            break
        }
        let source: SourceText
        switch repository.text(path) {
        case .failure(let error): return .unreadable(error, expected: expected)
        case .success(let text): source = text
        }
        let dockerfile = Dockerfile.parse(source)
        if let error = dockerfile.errors.first(where: { $0.severity == .error && !tolerated($0, dockerfile) }) {
            return .unreadable(error, expected: expected)
        }
        guard !dockerfile.stages.isEmpty else {
            return .fail(at: place, expected: expected, found: "\(path) has no FROM instruction, so it builds nothing")
        }
        return body(DockerfileDocument(dockerfile, source: source))
    }

    /// ` (there is first-image/dockerfile: names are case-sensitive)` when a file in the same
    /// folder differs only in case or by an extension, the usual slips.
    private static func misnamed(_ path: String, in repository: StudentRepository) -> String {
        let parts = StudentRepository.normalized(path).split(separator: "/").map(String.init)
        guard let name = parts.last?.lowercased() else { return "" }
        let folder = parts.dropLast().joined(separator: "/")
        guard folder.isEmpty || repository.entry(at: folder) == .directory,
              let names = try? FileManager.default.contentsOfDirectory(atPath: repository.reader.absolutePath(folder))
        else { return "" }
        let similar = names.sorted().first { $0.lowercased() == name || $0.lowercased().hasPrefix(name + ".") }
        guard let similar else { return "" }
        let shown = folder.isEmpty ? similar : folder + "/" + similar
        return similar.lowercased() == name
            ? " (there is \(shown): file names are case-sensitive)"
            : " (there is \(shown): Docker looks for the exact name \(parts.last ?? name))"
    }

    /// The instruction as the student wrote it, continuation lines joined, in backticks:
    /// `` `RUN apt-get update && apt-get upgrade -y` ``.
    func quote(_ instruction: DockerfileInstruction) -> String {
        "`\(text(of: instruction))`"
    }

    /// The instruction's source text on one line, shortened past 90 characters.
    func text(of instruction: DockerfileInstruction) -> String {
        let first = instruction.location.line
        // A here-document's body is data, not part of the instruction line.
        let last = min(instruction.lastLine, (instruction.heredocs.first?.contentLine).map { $0 - 1 } ?? .max)
        let escape = dockerfile.escapeCharacter
        var parts: [String] = []
        for number in first...max(first, last) where number - 1 < lines.count {
            var line = lines[number - 1].trimmingCharacters(in: .whitespacesAndNewlines)
            if number > first && (line.isEmpty || line.hasPrefix("#")) { continue }
            if number < last, line.last == escape { line.removeLast() }
            parts.append(line.trimmingCharacters(in: .whitespaces))
        }
        let joined = parts.filter { !$0.isEmpty }.joined(separator: " ")
        return joined.count > 90 ? String(joined.prefix(89)) + "…" : joined
    }

    /// `` `RUN …` at line 4 ``.
    func quoteWithLine(_ instruction: DockerfileInstruction) -> String {
        "\(quote(instruction)) at line \(instruction.location.line)"
    }
}
