/// Fills lines up to a width with whole words, breaking only at spaces.
///
/// Widths are display widths of the text alone, so styling never shortens a line. A word
/// wider than the line stands on a line of its own rather than being split, since a cut
/// command or URL would be copied wrongly. Words may span styles (`**in**line`), and the
/// space between two words keeps the style around it, so a link's underline and OSC 8
/// target run unbroken across its words.
struct LineWrapper {
    private let width: Int
    private var lines: [[StyledPiece]] = []
    private var line: [StyledPiece] = []
    private var lineWidth = 0
    private var word: [StyledPiece] = []
    private var wordWidth = 0
    private var separator: StyledPiece?

    private static let space: Substring = " "

    static func wrap(_ tokens: [InlineToken], width: Int) -> [[StyledPiece]] {
        var wrapper = LineWrapper(width: width)
        for token in tokens {
            switch token {
            case .text(let text, let style):
                wrapper.add(text, style: style)
            case .unbreakable(let text, let style):
                wrapper.addToWord(StyledPiece(text[...], style: style))
            case .lineBreak:
                wrapper.breakLine()
            }
        }
        wrapper.endWord()
        if !wrapper.line.isEmpty { wrapper.lines.append(wrapper.line) }
        return wrapper.lines
    }

    private init(width: Int) {
        self.width = width
    }

    private mutating func add(_ text: String, style: SpanStyle) {
        // Byte offsets over contiguous UTF-8: splitting at ASCII spaces never cuts a
        // character, and a word of printable ASCII is measured while it is found.
        var contiguous = text
        contiguous.withUTF8 { bytes in
            var offset = 0
            var wordStart = 0
            var wordIsASCII = true
            while offset < bytes.count {
                let byte = bytes[offset]
                guard Self.isSpace(byte) else {
                    if byte < 0x20 || byte >= 0x7F { wordIsASCII = false }
                    offset += 1
                    continue
                }
                if wordStart < offset {
                    addToWord(piece(of: text, wordStart..<offset, style: style, ascii: wordIsASCII))
                }
                var end = offset + 1
                while end < bytes.count, Self.isSpace(bytes[end]) { end += 1 }
                endWord()
                if separator == nil, !line.isEmpty {
                    let spaces = style.keepsSpaces ? String(repeating: " ", count: end - offset)[...] : Self.space
                    separator = StyledPiece(spaces, style: style, width: spaces.count)
                }
                offset = end
                wordStart = end
                wordIsASCII = true
            }
            if wordStart < bytes.count {
                addToWord(piece(of: text, wordStart..<bytes.count, style: style, ascii: wordIsASCII))
            }
        }
    }

    private func piece(of text: String, _ range: Range<Int>, style: SpanStyle, ascii: Bool) -> StyledPiece {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        let slice = text[start..<end]
        return StyledPiece(slice, style: style, width: ascii ? range.count : displayWidth(of: slice))
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A
    }

    private mutating func addToWord(_ piece: StyledPiece) {
        word.append(piece)
        wordWidth += piece.width
    }

    private mutating func endWord() {
        guard !word.isEmpty else { return }
        let separatorWidth = separator?.width ?? 0
        if line.isEmpty {
            line = word
            lineWidth = wordWidth
        } else if lineWidth + separatorWidth + wordWidth <= width {
            if let separator { line.append(separator) }
            line.append(contentsOf: word)
            lineWidth += separatorWidth + wordWidth
        } else {
            lines.append(line)
            line = word
            lineWidth = wordWidth
        }
        word = []
        wordWidth = 0
        separator = nil
    }

    private mutating func breakLine() {
        endWord()
        lines.append(line)
        line = []
        lineWidth = 0
        separator = nil
    }
}
