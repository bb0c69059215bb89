/// Highlights Python: keywords, decorators, comments, strings (with `r`/`b`/`f`
/// prefixes, and triple-quoted across lines) and numbers.
struct PythonHighlighter: LanguageHighlighter {
    static let keywords: Set<Substring> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
        "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
        "while", "with", "yield",
    ]
    private static let stringPrefixes: Set<Substring> = ["r", "b", "f", "u", "rb", "br", "fr", "rf"]

    /// The triple quote of a string the previous line left open.
    private var openTripleQuote: String?

    mutating func tokens(in line: Substring) -> [CodeToken] {
        var scanner = CodeScanner(line)
        if let quote = openTripleQuote, scanner.scan(.string, through: quote) {
            openTripleQuote = nil
        }
        while openTripleQuote == nil, let character = scanner.current {
            if scanner.scanWhitespace() || scanner.scanNumber() { continue }
            if character == "#" {
                scanner.emitRest(.comment)
            } else if character == "\"" || character == "'" {
                scanString(&scanner, quote: character)
            } else if character == "@", scanner.atWordStart {
                scanner.advance(.keyword)
                scanner.emit(.keyword, upTo: scanner.word { !CodeScanner.isIdentifier($0) && $0 != "." }.endIndex)
            } else if CodeScanner.isIdentifier(character) {
                let word = scanner.identifier()
                let next = word.endIndex == line.endIndex ? nil : line[word.endIndex]
                if Self.stringPrefixes.contains(word.lowercased()[...]), let next, next == "\"" || next == "'" {
                    scanner.emit(.string, upTo: word.endIndex)
                    scanString(&scanner, quote: next)
                } else {
                    scanner.emit(Self.keywords.contains(word) ? .keyword : .plain, upTo: word.endIndex)
                }
            } else {
                scanner.advance(.plain)
            }
        }
        return scanner.tokens
    }

    private mutating func scanString(_ scanner: inout CodeScanner, quote: Character) {
        let triple = String(repeating: quote, count: 3)
        if scanner.rest.hasPrefix(triple) {
            scanner.advance(.string, count: 3)
            if !scanner.scan(.string, through: triple) { openTripleQuote = triple }
        } else {
            _ = scanner.scanString(quote)
        }
    }
}
