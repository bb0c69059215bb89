/// Highlights JSON: object keys, strings, numbers and `true`/`false`/`null`; `//`
/// comments too, as in JSONC.
struct JSONHighlighter: LanguageHighlighter {
    private static let literals: Set<Substring> = ["true", "false", "null"]

    mutating func tokens(in line: Substring) -> [CodeToken] {
        var scanner = CodeScanner(line)
        while let character = scanner.current {
            if scanner.scanWhitespace() { continue }
            if scanner.rest.hasPrefix("//") {
                scanner.emitRest(.comment)
            } else if character == "\"" {
                scanString(&scanner)
            } else if character == "-" || character.isNumber {
                let number = scanner.word { !($0.isNumber || ".eE+-".contains($0)) }
                scanner.emit(.number, upTo: number.endIndex)
            } else if character.isLetter {
                let word = scanner.identifier()
                scanner.emit(Self.literals.contains(word) ? .keyword : .plain, upTo: word.endIndex)
            } else {
                scanner.advance(.plain)
            }
        }
        return scanner.tokens
    }

    /// A string, as a key when a `:` follows it.
    private func scanString(_ scanner: inout CodeScanner) {
        var probe = scanner
        _ = probe.scanString("\"")
        let isKey = probe.rest.drop { $0 == " " || $0 == "\t" }.first == ":"
        scanner.emit(isKey ? .key : .string, upTo: probe.position)
    }
}
