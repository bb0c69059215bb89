import BerthTerminal

/// A piece of a wrapped line: text that takes `width` columns, in one style.
struct StyledPiece: Sendable {
    var text: Substring
    var style: SpanStyle
    var width: Int

    init(_ text: Substring, style: SpanStyle, width: Int? = nil) {
        self.text = text
        self.style = style
        self.width = width ?? displayWidth(of: text)
    }
}

extension Array where Element == StyledPiece {
    /// The line as terminal text: neighbouring pieces of one style share one pair of
    /// escape sequences.
    func rendered(with terminal: TerminalStyle) -> String {
        var parts: [String] = []
        var run = ""
        var runStyle: SpanStyle?
        for piece in self {
            if piece.style == runStyle {
                run += piece.text
                continue
            }
            if let runStyle { parts.append(runStyle.apply(to: run, with: terminal)) }
            run = String(piece.text)
            runStyle = piece.style
        }
        if let runStyle { parts.append(runStyle.apply(to: run, with: terminal)) }
        return parts.joined()
    }
}
