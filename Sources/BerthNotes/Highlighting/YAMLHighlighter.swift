/// Highlights YAML (compose files, lab manifests): keys, comments, strings, numbers,
/// literals such as `true` and `null`, anchors and aliases, and `${VAR}` interpolation.
///
/// The lines of a block scalar (`command: |`) are text, however they look.
struct YAMLHighlighter: LanguageHighlighter {
    static let literals: Set<Substring> = [
        "true", "false", "yes", "no", "on", "off", "null", "~",
        "True", "False", "Yes", "No", "On", "Off", "Null", "TRUE", "FALSE", "NULL",
    ]

    /// The indentation of the line that opened a block scalar still being read.
    private var blockScalarIndent: Int?

    mutating func tokens(in line: Substring) -> [CodeToken] {
        var scanner = CodeScanner(line)
        let indent = line.prefix { $0 == " " }.count
        if let blockIndent = blockScalarIndent {
            if indent > blockIndent || line.allSatisfy({ $0 == " " }) {
                scanner.emitRest(.string)
                return scanner.tokens
            }
            blockScalarIndent = nil
        }
        _ = scanner.scanWhitespace()
        if scanner.current == "#" {
            scanner.emitRest(.comment)
            return scanner.tokens
        }
        if scanner.rest == "---" || scanner.rest == "..." {
            scanner.emitRest(.keyword)
            return scanner.tokens
        }
        // Sequence entries: `- `, possibly several on one line (`- - a`).
        while scanner.current == "-", scanner.peek(1) == " " || scanner.peek(1) == nil {
            scanner.advance(.plain)
            _ = scanner.scanWhitespace()
        }
        if let keyEnd = Self.keyEnd(scanner) {
            scanner.emit(.key, upTo: keyEnd)
            scanner.advance(.plain)
        }
        if scanValue(&scanner) { blockScalarIndent = indent }
        return scanner.tokens
    }

    /// Scans a value to the line's end; returns whether it opens a block scalar.
    private func scanValue(_ scanner: inout CodeScanner) -> Bool {
        var opensBlock = false
        var flowDepth = 0
        while let character = scanner.current {
            if scanner.scanWhitespace() { continue }
            opensBlock = false
            if character == "#", scanner.atWordStart {
                scanner.emitRest(.comment)
            } else if scanner.scanString("\"").found || scanner.scanString("'", escapes: false).found {
                continue
            } else if scanner.scanVariable() {
                continue
            } else if character == "&" || character == "*", scanner.atWordStart,
                      scanner.peek(1).map(CodeScanner.isIdentifier) == true {
                scanner.emit(.variable, upTo: scanner.word { " \t,[]{}".contains($0) }.endIndex)
            } else if "[{".contains(character) || (flowDepth > 0 && "]},".contains(character)) {
                flowDepth += character == "[" || character == "{" ? 1 : character == "," ? 0 : -1
                scanner.advance(.plain)
            } else {
                let scalar = Self.plainScalar(scanner, inFlow: flowDepth > 0)
                opensBlock = (scalar.first == "|" || scalar.first == ">")
                    && scalar.dropFirst().allSatisfy { "+-0123456789".contains($0) }
                scanner.emit(Self.kind(ofScalar: scalar), upTo: scalar.endIndex)
            }
        }
        return opensBlock
    }

    /// A plain (unquoted) scalar from here: up to a comment, an interpolated variable or,
    /// inside `[…]` or `{…}`, the next separator; without trailing spaces.
    private static func plainScalar(_ scanner: CodeScanner, inFlow: Bool) -> Substring {
        let line = scanner.line
        var index = scanner.position
        var end = scanner.position
        while index != line.endIndex {
            let character = line[index]
            let isSpace = character == " " || character == "\t"
            if index > scanner.position, character == "$" { break }
            if inFlow, ",]}".contains(character) { break }
            if isSpace, line[index...].dropFirst().first == "#" { break }
            index = line.index(after: index)
            if !isSpace { end = index }
        }
        return line[scanner.position..<end]
    }

    private static func kind(ofScalar word: Substring) -> CodeTokenKind {
        if literals.contains(word) { return .keyword }
        let unsigned = word.first == "-" || word.first == "+" ? word.dropFirst() : word
        guard let first = unsigned.first, first.isNumber || (first == "." && unsigned.count > 1),
              unsigned.allSatisfy({ $0.isASCII && ($0.isNumber || "._eE+-".contains($0)) }),
              unsigned.filter({ $0 == "." }).count <= 1 else { return .plain }
        return .number
    }

    /// Where a mapping key ends (at its `:`), if the line has one here: a plain key ends
    /// at the first `:` followed by a space or the line's end; a quoted key is one string.
    private static func keyEnd(_ scanner: CodeScanner) -> Substring.Index? {
        let rest = scanner.rest
        guard let first = rest.first, !"[]{}#&*!|>%@`,".contains(first) else { return nil }
        var index = rest.startIndex
        if first == "\"" || first == "'" {
            guard let close = rest.dropFirst().firstIndex(of: first) else { return nil }
            index = rest.index(after: close)
            return index != rest.endIndex && rest[index] == ":" ? index : nil
        }
        while index != rest.endIndex {
            let character = rest[index]
            let next = rest.index(after: index)
            if character == ":", next == rest.endIndex || rest[next] == " " || rest[next] == "\t" {
                return index
            }
            if character == " ", next != rest.endIndex, rest[next] == "#" { return nil }
            index = next
        }
        return nil
    }
}
