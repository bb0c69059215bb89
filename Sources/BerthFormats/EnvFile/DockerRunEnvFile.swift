/// The variables of a file given to `docker run --env-file`, read as the Docker CLI reads it.
///
/// Far plainer than Compose's `.env`: lines whose first non-blank character is `#` are
/// comments, and everything after the first `=` is the value exactly as written, so
/// quotes, a `# comment` after the value and trailing spaces all become part of it.
/// A name with a space or tab in it (`KEY =value`, `export KEY=value`) makes Docker refuse
/// the whole file. A bare `KEY` passes the caller's own variable, or nothing when unset.
/// Of two lines for one name, the container sees the last.
public struct DockerRunEnvFile: Sendable {
    /// Every assignment in file order, repeated names included.
    public private(set) var entries: [EnvFileEntry] = []
    /// Lines that make `docker run` refuse the file.
    public private(set) var errors: [ParseError] = []

    public init(_ source: SourceText, environment: [String: String] = [:]) {
        // Go's line scanner splits on "\n" and drops one "\r" before it, as `lines` does.
        for (index, rawLine) in source.lines.enumerated() {
            let raw = DotEnvFile.withoutCarriageReturn(String(rawLine))
            let line = raw.drop { $0.isWhitespace }
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let column = raw.count - line.count + 1
            let location = SourceLocation(file: source.path, line: index + 1, column: column)
            let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts.first ?? "")
            if let blank = name.firstIndex(where: { $0 == " " || $0 == "\t" }) {
                let shown = name.hasPrefix("export") && name.dropFirst("export".count).first.map({ $0 == " " || $0 == "\t" }) == true
                    ? "`export` is not understood here: docker run reads `\(name)` as one name with a space in it; write the line without `export`"
                    : "the name `\(name)` has a space in it, so docker run refuses the whole file; write `NAME=value` with no space around `=`"
                errors.append(ParseError(.syntax, at: SourceLocation(file: source.path, line: index + 1,
                                                                     column: column + name.distance(from: name.startIndex, to: blank)),
                                         shown))
                continue
            }
            guard !name.isEmpty else {
                errors.append(ParseError(.syntax, at: location, "`\(line)` has no name before `=`, so docker run refuses the whole file"))
                continue
            }
            let valueLocation = SourceLocation(file: source.path, line: index + 1, column: column + name.count + 1)
            if parts.count == 2 {
                entries.append(EnvFileEntry(name: name, value: String(parts[1]), location: location, valueLocation: valueLocation))
            } else if let inherited = environment[name] {
                entries.append(EnvFileEntry(name: name, value: inherited, location: location, valueLocation: valueLocation))
            }
        }
    }

    /// The value the container sees for `name`: the last line that sets it.
    public func entry(named name: String) -> EnvFileEntry? {
        entries.last { $0.name == name }
    }
}
