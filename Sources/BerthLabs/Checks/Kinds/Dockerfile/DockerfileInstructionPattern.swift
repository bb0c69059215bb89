import BerthFormats
import Foundation

/// An instruction as a lab names it: `KEYWORD words…` (`RUN swift package resolve`,
/// `COPY requirements.txt`, `ENV PYTHONUNBUFFERED=1`). An instruction matches when it has the
/// keyword and:
/// - RUN: one of its commands matches the words as a `ShellCommandPattern`;
/// - COPY, ADD: it copies each word from the build context: a source names it, or a folder
///   holding it (`COPY . .` copies `Sources` too), globs (`Package.*`) included; `--from`
///   copies bring nothing from the context and never match;
/// - any other: its arguments hold the words one after another.
/// The keyword alone matches every instruction with it.
struct DockerfileInstructionPattern: Sendable, Equatable {
    /// The pattern as written in `lab.yaml`.
    let text: String
    let keyword: String
    let words: [String]
    private let command: ShellCommandPattern?

    /// Reads `key:`, one pattern or a list of alternatives; nil with a problem in `fields` when
    /// it is absent or one of them names no instruction.
    static func alternatives(_ key: String, fields: inout ManifestFields) -> [DockerfileInstructionPattern]? {
        let written = fields.strings(key)
        guard !written.isEmpty else {
            fields.invalid(fields.node[key] ?? fields.node,
                           "\(fields.subject) needs `\(key):` (an instruction keyword and the words it holds, e.g. \"RUN pip install\")")
            return nil
        }
        let patterns = written.compactMap { DockerfileInstructionPattern($0, key: key, fields: &fields) }
        return patterns.count == written.count ? patterns : nil
    }

    init?(_ text: String, key: String, fields: inout ManifestFields) {
        let parts = text.split(whereSeparator: \.isWhitespace).map(String.init)
        switch DockerfileSnippet.keyword(parts.first ?? "") {
        case .failure(let problem):
            if let node = fields.node[key] { fields.invalid(node, "`\(key):` of \(fields.subject): \(problem.message)") }
            return nil
        case .success(let keyword):
            self.keyword = keyword
        }
        self.text = text
        words = Array(parts.dropFirst())
        if keyword == "RUN", !words.isEmpty {
            let rest = text.drop { !$0.isWhitespace }.trimmingCharacters(in: .whitespaces)
            guard let command = ShellCommandPattern(rest, key: key, fields: &fields) else { return nil }
            self.command = command
        } else {
            command = nil
        }
    }

    func matches(_ instruction: DockerfileInstruction) -> Bool {
        guard instruction.keyword == keyword else { return false }
        if words.isEmpty { return true }
        if let command { return instruction.shellCommands.contains(where: command.matches) }
        if let copy = instruction.copy {
            guard copy.from == nil else { return false }
            return words.allSatisfy { word in copy.sources.contains { Self.copies($0.expanded, word) } }
        }
        let arguments = instruction.expandedArguments
        guard arguments.count >= words.count else { return false }
        return (0...(arguments.count - words.count)).contains { Array(arguments[$0..<($0 + words.count)]) == words }
    }

    /// Whether copying `source` brings `path` into the image.
    private static func copies(_ source: String, _ path: String) -> Bool {
        let source = contextPath(source)
        let path = contextPath(path)
        if source.isEmpty || source == path || path.hasPrefix(source + "/") { return true }
        return fnmatch(source, path, 0) == 0
    }

    /// `./Sources/` → `Sources`; the whole context is the empty path.
    private static func contextPath(_ path: String) -> String {
        path.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
    }
}
