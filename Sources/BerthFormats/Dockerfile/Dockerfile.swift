/// A parsed Dockerfile: parser directives, global ARGs, build stages, and every problem found.
///
/// Built by `Dockerfile.load(path:reader:)` or `Dockerfile.parse(_:)`; reading never throws and
/// never stops at the first problem, so checks still see the rest of the file.
public struct Dockerfile: Hashable, Sendable {
    /// The path as shown to the user.
    public var path: String
    /// `# syntax=…`, `# escape=…` and `# check=…` lines at the top of the file.
    public var directives: [DockerfileDirective]
    /// Instructions before the first FROM: global ARGs (anything else there is an error).
    public var preamble: [DockerfileInstruction]
    public var stages: [DockerfileStage]
    /// Every `#` comment line, directives included, in file order.
    public var comments: [DockerfileComment]
    /// Problems found while reading, in file order; warnings do not make the parse fail.
    public var errors: [ParseError]

    public init(path: String, directives: [DockerfileDirective] = [], preamble: [DockerfileInstruction] = [],
                stages: [DockerfileStage] = [], comments: [DockerfileComment] = [], errors: [ParseError] = []) {
        self.path = path
        self.directives = directives
        self.preamble = preamble
        self.stages = stages
        self.comments = comments
        self.errors = errors
    }

    /// True when no error (warnings aside) was found.
    public var isValid: Bool { !errors.contains { $0.severity == .error } }

    /// The value of a parser directive (`directive("syntax")`).
    public func directive(_ name: String) -> String? {
        directives.first { $0.name == name.lowercased() }?.value
    }

    /// The escape character in force: `\` unless `# escape=`` changes it.
    public var escapeCharacter: Character {
        directive("escape") == "`" ? "`" : "\\"
    }

    /// Every instruction in file order: the preamble, then each stage's FROM and body.
    public var instructions: [DockerfileInstruction] {
        preamble + stages.flatMap(\.instructions)
    }

    /// Every instruction with `keyword`, in file order.
    public func instructions(_ keyword: String) -> [DockerfileInstruction] {
        let upper = keyword.uppercased()
        return instructions.filter { $0.keyword == upper }
    }

    /// The last stage: the image `docker build` produces unless `--target` says otherwise.
    public var finalStage: DockerfileStage? { stages.last }

    /// The stage named `name` (case-insensitive, as Docker matches them).
    public func stage(named name: String) -> DockerfileStage? {
        stages.first { $0.name == name.lowercased() }
    }

    /// The USER a stage runs as, following `FROM <earlier stage>` back when the stage sets none;
    /// nil means no USER anywhere along the way, so the base image's user (usually root) applies.
    public func effectiveUser(of stage: DockerfileStage) -> UserInstruction? {
        var current: DockerfileStage? = stage
        var visited: Set<Int> = []
        while let candidate = current, visited.insert(candidate.index).inserted {
            if let user = candidate.user { return user }
            current = candidate.baseStage.map { stages[$0] }
        }
        return nil
    }
}

extension Dockerfile {
    /// Reads `path` through `reader` (never outside `reader.root`) and parses it. Never throws:
    /// an unreadable, too large or non-UTF-8 file gives a Dockerfile whose `errors` say so.
    public static func load(path: String, reader: SourceReader) -> Dockerfile {
        do {
            return parse(try reader.read(path))
        } catch {
            return Dockerfile(path: error.location.file, errors: [error])
        }
    }

    /// Parses text already in memory.
    public static func parse(_ source: SourceText) -> Dockerfile {
        let lexed = DockerfileLexer.lex(source)
        let parsed = DockerfileParser.parse(lexed)
        // Sorted by position; the index keeps problems at the same place in the order they were found.
        let errors = parsed.errors.enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map(\.element)
        return Dockerfile(path: source.path, directives: lexed.directives, preamble: parsed.preamble,
                          stages: parsed.stages, comments: lexed.comments, errors: errors)
    }
}
