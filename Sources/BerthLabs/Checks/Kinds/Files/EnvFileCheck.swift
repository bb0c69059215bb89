import BerthFormats

/// `kind: env-file`: an env file sets some variables, or sets them to exactly some values,
/// read the way the program that reads it does. `docker run --env-file` keeps quotes, a
/// `# comment` after the value and trailing spaces as part of the value; Compose's
/// `env_file:` removes quotes and comments and interpolates `${VAR}`.
///
/// ```yaml
/// kind: env-file
/// path: backend.env
/// read-by: docker-run                                   # or compose, the default
/// names: [CORS_ALLOW_ORIGIN]                            # each set, to anything
/// values: {CORS_ALLOW_ORIGIN: "http://localhost:9000"}  # each set to exactly this
/// ```
public struct EnvFileCheck: StaticCheck {
    public static let kind = "env-file"

    /// The program whose reading of the file counts.
    public enum Reader: String, Sendable {
        case dockerRun = "docker-run"
        case compose

        var shown: String { self == .dockerRun ? "docker run --env-file" : "Compose" }
    }

    public var path: String
    public var reader: Reader
    public var names: [String]
    public var values: [(name: String, value: String)]

    public init?(_ fields: inout ManifestFields) {
        guard let path = fields.string("path", "the env file's path in the repository") else { return nil }
        self.path = path
        reader = fields.choice("read-by", among: [Reader.dockerRun.rawValue, Reader.compose.rawValue])
            .flatMap(Reader.init(rawValue:)) ?? .compose
        names = fields.strings("names")
        values = fields.stringPairs("values")
        if names.isEmpty && values.isEmpty, let node = fields.value("path") {
            fields.invalid(node, "an env-file check needs `names:` or `values:` to look for")
            return nil
        }
    }

    public func evaluate(in repository: StudentRepository) -> CheckOutcome {
        if let problem = repository.entry(at: path).problem(reading: path, in: repository) { return problem }
        let source: SourceText
        switch repository.text(path) {
        case .failure(let error): return .unreadable(error, expected: "a readable \(path)")
        case .success(let text): source = text
        }
        let entries: [EnvFileEntry]
        switch reader {
        case .dockerRun:
            let file = DockerRunEnvFile(source)
            if let error = file.errors.first { return .unreadable(error, expected: "a file docker run --env-file accepts") }
            entries = file.entries
        case .compose:
            let file = DotEnvFile(source, environment: repository.environment)
            if let error = file.errors.first { return .unreadable(error, expected: "a file Compose accepts") }
            entries = file.entries
        }
        for name in names + values.map(\.name) where !entries.contains(where: { $0.name == name }) {
            return .fail(at: repository.location(of: path), expected: "\(path) to set \(name)",
                         found: missing(name, in: source, entries: entries))
        }
        for wanted in values {
            guard let entry = entries.last(where: { $0.name == wanted.name }), entry.value != wanted.value else { continue }
            var found = "\(wanted.name)=\(entry.value)" + difference(entry.value, from: wanted.value)
            if let earlier = entries.last(where: { $0.name == wanted.name && $0.location.line < entry.location.line }) {
                found += "; line \(entry.location.line) sets it again after line \(earlier.location.line), and the last line wins"
            }
            return .fail(at: entry.valueLocation, expected: "\(wanted.name)=\(wanted.value), as \(reader.shown) reads it", found: found)
        }
        let shown = (names + values.map(\.name)).joined(separator: ", ")
        return .pass(at: repository.location(of: path), expected: "\(path) to set \(shown)", found: "\(shown) as asked")
    }

    /// Why no line sets `name`: a commented-out line, a name spelt nearly the same, or nothing.
    private func missing(_ name: String, in source: SourceText, entries: [EnvFileEntry]) -> String {
        if let index = source.lines.firstIndex(where: { $0.drop { $0.isWhitespace }.hasPrefix("#") && $0.contains(name + "=") }) {
            return "only a commented-out \(name) (line \(index + 1)); remove the `#`"
        }
        if let close = NameSuggestion.closest(to: name, among: entries.map(\.name)) {
            return "no \(name), but \(close): the name must be exactly \(name)"
        }
        return "no line sets \(name)"
    }

    /// What sets `actual` apart from `wanted`, as a clause to follow the value; empty when
    /// nothing more useful than the value itself can be said.
    private func difference(_ actual: String, from wanted: String) -> String {
        if actual.isEmpty { return " (an empty value)" }
        if reader == .dockerRun, actual.count >= 2, let quote = actual.first, quote == "\"" || quote == "'",
           actual.last == quote, actual.dropFirst().dropLast() == wanted {
            return ": docker run --env-file keeps the quotes as part of the value; write it without them"
        }
        if reader == .dockerRun, let hash = actual.range(of: " #") ?? actual.range(of: "\t#"),
           String(actual[..<hash.lowerBound]).trimmingTrailingSpaces() == wanted {
            return ": docker run --env-file keeps the `#` comment as part of the value; put the comment on a line of its own"
        }
        if actual.trimmingTrailingSpaces() == wanted { return ", with trailing spaces that are part of the value" }
        if actual.hasPrefix(wanted) { return ", with `\(actual.dropFirst(wanted.count))` after \(wanted)" }
        if actual.lowercased() == wanted.lowercased() { return ", which differs in case" }
        return ""
    }
}
