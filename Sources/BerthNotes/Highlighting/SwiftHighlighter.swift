/// Highlights Swift: keywords, `@attributes` and `#directives`, comments (also across
/// lines), string literals (also multi-line) and numbers.
struct SwiftHighlighter: LanguageHighlighter {
    static let keywords: Set<Substring> = [
        "actor", "any", "as", "associatedtype", "async", "await", "break", "case", "catch", "class",
        "continue", "default", "defer", "deinit", "do", "else", "enum", "extension", "fallthrough",
        "false", "fileprivate", "final", "for", "func", "guard", "if", "import", "in", "init", "inout",
        "internal", "is", "let", "mutating", "nil", "nonisolated", "open", "operator", "override",
        "private", "protocol", "public", "repeat", "rethrows", "return", "self", "Self", "some",
        "static", "struct", "subscript", "super", "switch", "throw", "throws", "true", "try",
        "typealias", "var", "where", "while",
    ]

    /// What the previous line left open.
    private var open: Delimiter?

    private enum Delimiter {
        case blockComment, multilineString
    }

    mutating func tokens(in line: Substring) -> [CodeToken] {
        var scanner = CodeScanner(line)
        while !scanner.isAtEnd {
            switch open {
            case .blockComment:
                if scanner.scan(.comment, through: "*/") { open = nil }
                continue
            case .multilineString:
                if scanner.scan(.string, through: "\"\"\"") { open = nil }
                continue
            case nil:
                break
            }
            guard let character = scanner.current else { break }
            let rest = scanner.rest
            if scanner.scanWhitespace() { continue }
            if rest.hasPrefix("//") {
                scanner.emitRest(.comment)
            } else if rest.hasPrefix("/*") {
                scanner.advance(.comment, count: 2)
                open = .blockComment
            } else if rest.hasPrefix("\"\"\"") {
                scanner.advance(.string, count: 3)
                open = .multilineString
            } else if scanner.scanString("\"").found || scanner.scanNumber() {
                continue
            } else if character == "@" || character == "#", scanner.peek(1).map(CodeScanner.isIdentifier) == true {
                scanner.advance(.keyword)
                scanner.emit(.keyword, upTo: scanner.identifier().endIndex)
            } else if CodeScanner.isIdentifier(character) {
                let word = scanner.identifier()
                scanner.emit(Self.keywords.contains(word) ? .keyword : .plain, upTo: word.endIndex)
            } else {
                scanner.advance(.plain)
            }
        }
        return scanner.tokens
    }
}
