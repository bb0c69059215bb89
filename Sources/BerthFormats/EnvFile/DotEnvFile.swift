/// The variables of a `.env` or `env_file` file, read the way Compose v2 reads them.
///
/// One `KEY=value` per line (`KEY: value` too); `export ` prefixes and `#` comment
/// lines are skipped; unquoted values end at the first `#`; single quotes keep the
/// text as is; double quotes understand `\n` and may span lines; both unquoted and
/// double-quoted values interpolate `${VAR}`. A bare `KEY` takes its value from the
/// environment, or is left out when that has none.
public struct DotEnvFile: Sendable {
    public typealias Entry = EnvFileEntry

    /// The variables in the order they were set (a later line for the same name replaces the earlier).
    public private(set) var entries: [Entry] = []
    public private(set) var errors: [ParseError] = []

    /// The variables as a dictionary.
    public var values: [String: String] {
        Dictionary(entries.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    /// - Parameters:
    ///   - environment: looked up for bare `KEY` lines and before the file's own earlier
    ///     lines when interpolating.
    ///   - environmentWins: for the project `.env`, a variable already set in the
    ///     environment keeps its value, as in Compose.
    public init(_ source: SourceText, environment: [String: String], environmentWins: Bool = false) {
        var own: [String: String] = [:]
        let lines = source.lines.map(String.init)
        var lineIndex = 0
        while lineIndex < lines.count {
            let lineNumber = lineIndex + 1
            var line = DotEnvFile.withoutCarriageReturn(lines[lineIndex])
            lineIndex += 1
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let column = line.count - trimmed.count + 1
            line = String(trimmed)
            if line.hasPrefix("export ") || line.hasPrefix("export\t") {
                line = String(line.dropFirst("export".count).drop { $0 == " " || $0 == "\t" })
            }
            let nameColumn = column + trimmed.count - line.count
            let location = SourceLocation(file: source.path, line: lineNumber, column: nameColumn)
            guard let separator = line.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
                let name = DotEnvFile.trimmingTrailingSpace(line)
                guard DotEnvFile.isValidName(name) else {
                    errors.append(ParseError(.syntax, at: location,
                                             "`\(line)` is not a variable assignment; write NAME=value"))
                    continue
                }
                if let inherited = environment[name] {
                    let end = SourceLocation(file: source.path, line: lineNumber, column: nameColumn + name.count)
                    set(name, inherited, at: location, valueAt: end, own: &own)
                }
                continue
            }
            let name = DotEnvFile.trimmingTrailingSpace(String(line[..<separator]))
            guard DotEnvFile.isValidName(name) else {
                errors.append(ParseError(.syntax, at: location,
                                         "`\(name)` is not a valid variable name; use letters, digits, `_` and `.`"))
                continue
            }
            let afterSeparator = line[line.index(after: separator)...]
            var rest = String(afterSeparator.drop { $0 == " " || $0 == "\t" })
            let valueLocation = SourceLocation(file: source.path, line: lineNumber,
                                               column: nameColumn + line.distance(from: line.startIndex, to: separator) + 1
                                                   + afterSeparator.count - rest.count)
            let value: String
            if let quote = rest.first, quote == "\"" || quote == "'" {
                // A quoted value may continue on the following lines until its closing quote.
                var body = String(rest.dropFirst())
                var closing = DotEnvFile.closingQuote(in: body, quote: quote)
                while closing == nil, lineIndex < lines.count {
                    body += "\n" + DotEnvFile.withoutCarriageReturn(lines[lineIndex])
                    lineIndex += 1
                    closing = DotEnvFile.closingQuote(in: body, quote: quote)
                }
                guard let closing else {
                    errors.append(ParseError(.syntax, at: location,
                                             "the value of \(name) opens a \(quote) quote that is never closed"))
                    break
                }
                rest = String(body[..<closing])
                value = quote == "'" ? rest : interpolate(DotEnvFile.unescape(rest), at: location, own: own,
                                                          environment: environment)
            } else {
                let uncommented = rest.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                let bare = DotEnvFile.trimmingTrailingSpace(String(uncommented))
                value = interpolate(bare, at: location, own: own, environment: environment)
            }
            if environmentWins, let fromEnvironment = environment[name] {
                set(name, fromEnvironment, at: location, valueAt: valueLocation, own: &own)
            } else {
                set(name, value, at: location, valueAt: valueLocation, own: &own)
            }
        }
    }

    private mutating func set(_ name: String, _ value: String, at location: SourceLocation,
                              valueAt valueLocation: SourceLocation, own: inout [String: String]) {
        own[name] = value
        entries.removeAll { $0.name == name }
        entries.append(Entry(name: name, value: value, location: location, valueLocation: valueLocation))
    }

    private mutating func interpolate(_ text: String, at location: SourceLocation, own: [String: String],
                                      environment: [String: String]) -> String {
        let result = ComposeInterpolator(environment: environment, fallback: own).substitute(text)
        for problem in result.problems {
            switch problem {
            case .unset: continue
            case .required(let name, let message, _):
                errors.append(ParseError(.interpolation, at: location,
                                         "required variable \(name) is missing a value: \(message)"))
            case .invalid:
                errors.append(ParseError(.interpolation, at: location,
                                         "invalid interpolation in `\(text)`; write $$ for a literal $"))
            }
        }
        return result.text
    }

    static func withoutCarriageReturn(_ line: String) -> String {
        line.hasSuffix("\r") ? String(line.dropLast()) : line
    }

    static func trimmingTrailingSpace(_ text: String) -> String {
        String(text.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }

    static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy { $0 == "_" || $0 == "." || $0.isLetter || $0.isNumber }
    }

    /// The index of the first `quote` not escaped by a backslash.
    static func closingQuote(in text: String, quote: Character) -> String.Index? {
        var previous: Character?
        for index in text.indices {
            if text[index] == quote, previous != "\\" { return index }
            previous = text[index]
        }
        return nil
    }

    /// Double-quoted escapes: `\n` and `\r` become line breaks, `\"`, `\\`, `\$` and friends lose the backslash.
    static func unescape(_ text: String) -> String {
        var output = ""
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            guard character == "\\", let next = iterator.next() else {
                output.append(character)
                continue
            }
            switch next {
            case "n": output.append("\n")
            case "r": output.append("\r")
            case "\\", "\"", "'", "$", "`", "!", "#": output.append(next)
            default: output += "\\" + String(next)
            }
        }
        return output
    }
}
