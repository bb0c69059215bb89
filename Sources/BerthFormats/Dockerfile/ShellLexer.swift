/// Reads a shell script into words and operators for `ShellCommandSplitter`: quotes, escapes,
/// `$VAR`, `${…}`, `$(…)`, backticks and comments, with positions. The scripts inside `$(…)`
/// and backticks are handed back so their commands are found too.
struct ShellLexer {
    enum Token: Equatable {
        case word(ShellWord, assignment: Bool)
        case operator_(String)
        case newline
        case end
    }

    /// A `$(…)` or backtick script found inside a word: its range in the text.
    private(set) var substitutions: [Range<Int>] = []

    let scalars: [Unicode.Scalar]
    private let locate: (Int) -> SourceLocation
    private(set) var position: Int
    private let end: Int

    init(scalars: [Unicode.Scalar], range: Range<Int>, locate: @escaping (Int) -> SourceLocation) {
        self.scalars = scalars
        self.locate = locate
        position = range.lowerBound
        end = range.upperBound
    }

    private var peek: Unicode.Scalar? { position < end ? scalars[position] : nil }

    private func peek(_ offset: Int) -> Unicode.Scalar? {
        position + offset < end ? scalars[position + offset] : nil
    }

    private static let operators = ["&&", "||", ";;&", ";;", ";&", "|&", "<<<", "<<-", "<<", "<>", "<&", ">>", ">&", ">|",
                                    "&>>", "&>", "|", "&", ";", "(", ")", "<", ">"].map { Array($0.unicodeScalars) }

    mutating func clearSubstitutions() {
        substitutions = []
    }

    mutating func next() -> Token {
        while let scalar = peek {
            if scalar == " " || scalar == "\t" || scalar == "\r" {
                position += 1
            } else if scalar == "\\", peek(1) == "\n" {
                position += 2
            } else if scalar == "#" {
                while let skipped = peek, skipped != "\n" { position += 1 }
            } else {
                break
            }
        }
        guard let scalar = peek else { return .end }
        if scalar == "\n" {
            position += 1
            return .newline
        }
        var digits = 0
        while let digit = peek(digits), ("0"..."9").contains(digit) { digits += 1 }
        guard let first = peek(digits), ShellLexer.isOperatorStart(first) else { return word() }
        for candidate in ShellLexer.operators where matches(candidate, at: digits) {
            guard digits == 0 || candidate.first == "<" || candidate.first == ">" else { continue }
            position += digits + candidate.count
            return .operator_(String(String.UnicodeScalarView(candidate)))
        }
        return word()
    }

    private func matches(_ candidate: [Unicode.Scalar], at offset: Int) -> Bool {
        for (index, expected) in candidate.enumerated() where peek(offset + index) != expected { return false }
        return true
    }

    private static func isOperatorStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ";", "&", "|", "(", ")", "<", ">": true
        default: false
        }
    }

    private static func isWordEnd(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" || isOperatorStart(scalar)
    }

    private mutating func word() -> Token {
        let start = position
        var text = String.UnicodeScalarView()
        var literal = true
        var assignmentName = true
        var assignment = false
        while let scalar = peek, !ShellLexer.isWordEnd(scalar) {
            if assignmentName, !assignment {
                if scalar == "=", position > start {
                    assignment = true
                } else if !(scalar == "_" || scalar.properties.isAlphabetic || (position > start && ("0"..."9").contains(scalar))) {
                    assignmentName = false
                }
            }
            position += 1
            switch scalar {
            case "'":
                while let quoted = peek, quoted != "'" { text.append(quoted); position += 1 }
                position = min(position + 1, end)
            case "\"":
                while let quoted = peek, quoted != "\"" {
                    position += 1
                    if quoted == "\\", let escaped = peek, "$`\"\\\n".unicodeScalars.contains(escaped) {
                        position += 1
                        if escaped != "\n" { text.append(escaped) }
                    } else if quoted == "$" || quoted == "`" {
                        let expanded = expansion(startingWith: quoted)
                        if expanded.count > 1 || quoted == "`" { literal = false }
                        text.append(contentsOf: expanded)
                    } else {
                        text.append(quoted)
                    }
                }
                position = min(position + 1, end)
            case "\\":
                if let escaped = peek { position += 1; if escaped != "\n" { text.append(escaped) } }
            case "$", "`":
                let expanded = expansion(startingWith: scalar)
                if expanded.count > 1 || scalar == "`" { literal = false }
                text.append(contentsOf: expanded)
            default:
                text.append(scalar)
            }
        }
        return .word(ShellWord(text: String(text), isLiteral: literal, location: locate(start)), assignment: assignment)
    }

    /// After `$` or a backtick: the expansion's text as written, recording command substitutions.
    private mutating func expansion(startingWith first: Unicode.Scalar) -> String.UnicodeScalarView {
        let start = position - 1
        if first == "`" {
            let inner = position
            while let scalar = peek, scalar != "`" { position += scalar == "\\" ? 2 : 1 }
            substitutions.append(inner..<min(position, end))
            position = min(position + 1, end)
        } else if peek == "(" {
            let arithmetic = peek(1) == "("
            position += 1
            let inner = position
            skipBalanced(open: "(", close: ")")
            if !arithmetic { substitutions.append(inner..<max(inner, position - 1)) }
        } else if peek == "{" {
            position += 1
            skipBalanced(open: "{", close: "}")
        } else if let scalar = peek, "@*#?-$!".unicodeScalars.contains(scalar) || ("0"..."9").contains(scalar) {
            position += 1
        } else {
            while let scalar = peek, scalar == "_" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                position += 1
            }
        }
        return String.UnicodeScalarView(scalars[start..<min(position, end)])
    }

    /// Skips to the bracket closing an already consumed `open`, stepping over quoted text.
    private mutating func skipBalanced(open: Unicode.Scalar, close: Unicode.Scalar) {
        var depth = 1
        var quote: Unicode.Scalar?
        while let scalar = peek {
            position += 1
            if let open = quote {
                if scalar == open { quote = nil } else if scalar == "\\", open == "\"" { position += 1 }
            } else if scalar == "'" || scalar == "\"" {
                quote = scalar
            } else if scalar == "\\" {
                position += 1
            } else if scalar == open {
                depth += 1
            } else if scalar == close {
                depth -= 1
                if depth == 0 { return }
            }
        }
        position = min(position, end)
    }

    /// Skips here-document bodies after a newline, up to each terminator line in turn.
    mutating func skipHeredocBodies(_ delimiters: [(name: String, stripsTabs: Bool)]) {
        for delimiter in delimiters {
            while position < end {
                let lineStart = position
                while let scalar = peek, scalar != "\n" { position += 1 }
                var line = scalars[lineStart..<position]
                position = min(position + 1, end)
                if delimiter.stripsTabs { line = line.drop { $0 == "\t" } }
                if String(String.UnicodeScalarView(line)) == delimiter.name { break }
            }
        }
    }
}
