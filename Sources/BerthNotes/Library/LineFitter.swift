/// Fits plain text into terminal columns: padding, truncating, wrapping.
///
/// Works on text before styling; widths come from `displayWidth(of:)`, so wide
/// characters and emoji count as the two columns they take.
enum LineFitter {
    static let ellipsis: Character = "…"

    static func width(of text: some StringProtocol) -> Int {
        displayWidth(of: text)
    }

    /// `text` cut to `columns`, ending in `…` when something was cut.
    static func truncate(_ text: String, to columns: Int) -> String {
        guard width(of: text) > columns else { return text }
        guard columns > 0 else { return "" }
        var result = ""
        var used = 0
        for character in text {
            let next = width(of: String(character))
            if used + next > columns - 1 { break }
            result.append(character)
            used += next
        }
        result.append(ellipsis)
        return result
    }

    /// `text` broken at spaces into lines of at most `columns`; a word longer than a
    /// whole line is truncated rather than split mid-word.
    static func wrap(_ text: String, to columns: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: \.isWhitespace).map(String.init) {
            if current.isEmpty {
                current = truncate(word, to: columns)
            } else if width(of: current) + 1 + width(of: word) <= columns {
                current += " " + word
            } else {
                lines.append(current)
                current = truncate(word, to: columns)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
