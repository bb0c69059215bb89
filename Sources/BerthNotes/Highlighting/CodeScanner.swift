/// Walks one line of code and collects its tokens; the lexing shared by every language.
///
/// Each `scan…` method either consumes a token at the current position and returns
/// true, or leaves the position alone and returns false, so a highlighter is a chain of
/// attempts ending in `advance(.plain)`.
struct CodeScanner {
    let line: Substring
    private(set) var position: Substring.Index
    private(set) var tokens: [CodeToken] = []

    init(_ line: Substring) {
        self.line = line
        self.position = line.startIndex
    }

    var isAtEnd: Bool { position == line.endIndex }
    var current: Character? { isAtEnd ? nil : line[position] }
    var rest: Substring { line[position...] }

    func peek(_ offset: Int) -> Character? {
        var index = position
        for _ in 0..<offset {
            guard index != line.endIndex else { return nil }
            index = line.index(after: index)
        }
        return index == line.endIndex ? nil : line[index]
    }

    /// The character before the current position, nil at the start of the line.
    var previous: Character? { position == line.startIndex ? nil : line[line.index(before: position)] }

    /// Whether the current position starts a word: at the line start or after a space.
    var atWordStart: Bool { previous.map { $0 == " " || $0 == "\t" } ?? true }

    /// Emits everything up to `end` as one token; neighbouring tokens of a kind merge.
    mutating func emit(_ kind: CodeTokenKind, upTo end: Substring.Index) {
        guard end > position else { return }
        if let last = tokens.last, last.kind == kind {
            tokens[tokens.count - 1].text = line[last.text.startIndex..<end]
        } else {
            tokens.append(CodeToken(kind: kind, text: line[position..<end]))
        }
        position = end
    }

    mutating func advance(_ kind: CodeTokenKind, count: Int = 1) {
        emit(kind, upTo: line.index(position, offsetBy: count, limitedBy: line.endIndex) ?? line.endIndex)
    }

    mutating func emitRest(_ kind: CodeTokenKind) {
        emit(kind, upTo: line.endIndex)
    }

    /// The end of the run of characters from the current position that match.
    func end(while matches: (Character) -> Bool) -> Substring.Index {
        rest.firstIndex { !matches($0) } ?? line.endIndex
    }

    /// The word starting here, up to a character that `breaks` it; at least one
    /// character, so a loop always moves on. Not consumed.
    func word(breakingAt breaks: (Character) -> Bool) -> Substring {
        guard !isAtEnd else { return line[position..<position] }
        let end = line[line.index(after: position)...].firstIndex(where: breaks) ?? line.endIndex
        return line[position..<end]
    }

    mutating func scanWhitespace() -> Bool {
        let end = end { $0 == " " || $0 == "\t" }
        guard end > position else { return false }
        emit(.plain, upTo: end)
        return true
    }

    /// A string opened by `quote` here, up to its closing quote or the line's end.
    /// `open` is the quote when the string is still open at the line's end.
    mutating func scanString(_ quote: Character, escapes: Bool = true) -> (found: Bool, open: Character?) {
        guard current == quote else { return (false, nil) }
        let (end, closed) = endOfString(from: line.index(after: position), quote: quote, escapes: escapes)
        emit(.string, upTo: end)
        return (true, closed ? nil : quote)
    }

    /// Continues a string opened on an earlier line; returns the quote if it is still open.
    mutating func continueString(quote: Character, escapes: Bool) -> Character? {
        let (end, closed) = endOfString(from: position, quote: quote, escapes: escapes)
        emit(.string, upTo: end)
        return closed ? nil : quote
    }

    private func endOfString(from start: Substring.Index, quote: Character, escapes: Bool) -> (Substring.Index, closed: Bool) {
        var index = start
        while index != line.endIndex {
            let character = line[index]
            index = line.index(after: index)
            if escapes, character == "\\" {
                if index != line.endIndex { index = line.index(after: index) }
            } else if character == quote {
                return (index, true)
            }
        }
        return (index, false)
    }

    /// Emits up to and including `terminator` (a block comment's `*/`, a triple quote)
    /// as `kind`, or the rest of the line if it does not close here. Returns whether it closed.
    mutating func scan(_ kind: CodeTokenKind, through terminator: String) -> Bool {
        guard let found = rest.firstRange(of: terminator) else {
            emitRest(kind)
            return false
        }
        emit(kind, upTo: found.upperBound)
        return true
    }

    /// `$name`, `${…}`, `$1`, `$?`: shell and nginx variables.
    mutating func scanVariable() -> Bool {
        guard current == "$", let next = peek(1) else { return false }
        if next == "{" {
            let close = rest.firstIndex(of: "}").map { line.index(after: $0) } ?? line.endIndex
            emit(.variable, upTo: close)
            return true
        }
        if next.isNumber || "?!#@*$-".contains(next) {
            advance(.variable, count: 2)
            return true
        }
        guard next == "_" || (next.isASCII && next.isLetter) else { return false }
        let start = line.index(after: position)
        let end = line[start...].firstIndex { !Self.isIdentifier($0) } ?? line.endIndex
        emit(.variable, upTo: end)
        return true
    }

    /// A number standing alone as a word: digits with an optional fraction and unit
    /// (`80`, `1.5`, `10m`, `512k`, `0x1F`).
    mutating func scanNumber() -> Bool {
        guard let first = current, first.isASCII, first.isNumber,
              previous.map({ !Self.isIdentifier($0) && $0 != "." && $0 != "-" }) ?? true else { return false }
        let end = end { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "_") }
        let word = line[position..<end]
        let digits = word.prefix { $0.isNumber || $0 == "." || $0 == "_" }
        // `24.04.1` and `3rd-party` are words, not numbers; a unit suffix stays short.
        guard digits.filter({ $0 == "." }).count <= 1, word.count - digits.count <= 2 || word.hasPrefix("0x"),
              end == line.endIndex || !(line[end] == "-" || line[end] == ":") else { return false }
        emit(.number, upTo: end)
        return true
    }

    /// A run of identifier characters from the current position, not consumed.
    func identifier() -> Substring {
        line[position..<end(while: Self.isIdentifier)]
    }

    static func isIdentifier(_ character: Character) -> Bool {
        character == "_" || (character.isASCII && (character.isLetter || character.isNumber))
    }
}
