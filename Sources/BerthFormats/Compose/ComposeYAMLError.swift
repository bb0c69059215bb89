import Yams

/// A YAML error from Yams as a `ParseError` at the line and column it names, worded for
/// someone editing a compose file.
///
/// Two positions are moved to where the fix goes: a duplicated key, which Yams reports at
/// the start of its mapping, is looked for on the mapping's lines (block mappings only);
/// a construct left open at the end of the file is reported where it starts.
enum ComposeYAMLError {
    static func parseError(_ error: YamlError, file: String, text: String) -> ParseError {
        func at(_ line: Int, _ column: Int) -> SourceLocation {
            SourceLocation(file: file, line: max(1, line), column: max(1, column))
        }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // At the end of the file, where the unfinished construct began is the useful place.
            if let context, isAtEnd(mark, of: text) {
                let what = context.text.contains("quoted scalar") ? "this quoted value is never closed; add its closing quote"
                    : "\(problem) before the end of the file, \(context.text) that starts here; close it"
                return ParseError(.syntax, at: at(context.mark.line, context.mark.column), "YAML: \(what)")
            }
            let while_ = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            return ParseError(.syntax, at: at(mark.line, mark.column),
                              "YAML: \(problem)\(while_); check the indentation and quoting here")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.sorted().first ?? ""
            let occurrences = keyLines(key, mappingAt: context.mark, in: text)
            guard occurrences.count > 1 else {
                return ParseError(.syntax, at: at(context.mark.line, context.mark.column),
                                  "YAML: the key `\(key)` is written twice in the mapping that starts here; keep one")
            }
            return ParseError(.syntax, at: at(occurrences[1], context.mark.column),
                              "YAML: the key `\(key)` is written twice in one mapping (first at line \(occurrences[0])); keep one")
        case .reader(let problem, let offset, _, let yaml):
            let prefix = yaml.prefix(offset ?? 0)
            let line = prefix.filter { $0 == "\n" }.count + 1
            let column = (prefix.split(separator: "\n", omittingEmptySubsequences: false).last?.unicodeScalars.count ?? 0) + 1
            return ParseError(.syntax, at: at(line, column), "YAML: \(problem)")
        default:
            return ParseError(.syntax, at: at(1, 1), "YAML: \(error)")
        }
    }

    /// True when nothing but white space follows `mark`.
    static func isAtEnd(_ mark: Mark, of text: String) -> Bool {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line <= lines.count else { return true }
        let rest = lines[(mark.line - 1)...].enumerated().map { index, line in
            index == 0 ? String(line.unicodeScalars.dropFirst(max(0, mark.column - 1))) : String(line)
        }
        return rest.allSatisfy { $0.allSatisfy(\.isWhitespace) }
    }

    /// The lines on which a block mapping starting at `mark` writes `key`, plain or quoted.
    static func keyLines(_ key: String, mappingAt mark: Mark, in text: String) -> [Int] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = mark.column - 1
        var found: [Int] = []
        var number = mark.line
        while number <= lines.count {
            let line = Array(lines[number - 1].unicodeScalars)
            let leading = line.prefix { $0 == " " }.count
            let isContent = leading < line.count && line[leading] != "#" && line[leading] != "\r"
            // Past the first line, a shallower line ends the mapping; a deeper one belongs to a value.
            if number > mark.line, isContent, leading < indent { break }
            if number == mark.line || (isContent && leading == indent), indent <= line.count {
                let rest = String(String.UnicodeScalarView(line[indent...]))
                if [key, "\"\(key)\"", "'\(key)'"].contains(where: { rest.hasPrefix($0 + ":") || rest.hasPrefix($0 + " :") }) {
                    found.append(number)
                }
            }
            number += 1
        }
        return found
    }
}
