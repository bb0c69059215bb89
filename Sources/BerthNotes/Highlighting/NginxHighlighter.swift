/// Highlights nginx configuration: each statement's directive, comments, strings,
/// `$variables` and numbers with units (`10m`, `1s`).
struct NginxHighlighter: LanguageHighlighter {
    /// The next word is a directive: at the start, and after `;`, `{` or `}`. A
    /// statement's arguments may run over several lines, so this carries over.
    private var atStatementStart = true

    mutating func tokens(in line: Substring) -> [CodeToken] {
        var scanner = CodeScanner(line)
        while let character = scanner.current {
            if scanner.scanWhitespace() { continue }
            if character == "#" {
                scanner.emitRest(.comment)
            } else if ";{}".contains(character) {
                scanner.advance(.plain)
                atStatementStart = true
            } else if scanner.scanString("\"").found || scanner.scanString("'").found || scanner.scanVariable() {
                atStatementStart = false
            } else if atStatementStart {
                scanner.emit(.keyword, upTo: scanner.word(breakingAt: Self.endsWord).endIndex)
                atStatementStart = false
            } else if !scanner.scanNumber() {
                scanner.emit(.plain, upTo: scanner.word(breakingAt: Self.endsWord).endIndex)
            }
        }
        return scanner.tokens
    }

    private static func endsWord(_ character: Character) -> Bool {
        " \t;{}\"'$#".contains(character)
    }
}
