import BerthTerminal
import Foundation

/// The text of `berth notes --search`: for each result its topic and title, then its
/// passages with file line numbers, grep-style (`12:` a matching line, `13-` context,
/// `--` between passages), the matched words bold and coloured.
public struct SearchResultsWriter: Sendable {
    public var style: TerminalStyle
    public var width: Int

    public init(style: TerminalStyle, width: Int) {
        self.style = style
        self.width = width
    }

    public func write(_ results: [SearchResult], query: String) -> String {
        guard !results.isEmpty else {
            return """
                No note mentions \(query).
                Try fewer or shorter words, or list every topic with: berth notes

                """
        }
        let terms = SearchQuery(query)
        return results.map { result in
            var lines = [style.bold(style.foreground(.cyan, result.note.topic)) + "  " + result.note.title]
            let numberWidth = String(result.excerpts.flatMap(\.lines).map(\.number).max() ?? 0).count
            for (index, excerpt) in result.excerpts.enumerated() {
                if index > 0 { lines.append(style.dim(String(repeating: " ", count: numberWidth + 2) + "--")) }
                lines += excerpt.lines.map { line(_: $0, numberWidth: numberWidth, terms: terms) }
            }
            return lines.joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }

    private func line(_ line: Excerpt.Line, numberWidth: Int, terms: SearchQuery) -> String {
        let number = String(line.number)
        let gutter = String(repeating: " ", count: 2 + numberWidth - number.count) + number + (line.isMatch ? ":" : "-")
        let room = max(1, width - LineFitter.width(of: gutter) - 1)
        // Tabs would make the width unpredictable; notes indent code with spaces anyway.
        let text = LineFitter.truncate(line.text.replacingOccurrences(of: "\t", with: "    "), to: room)
        let styledGutter = line.isMatch ? gutter : style.dim(gutter)
        guard !text.isEmpty else { return styledGutter }
        return styledGutter + " " + (line.isMatch ? highlighted(text, terms: terms) : style.dim(text))
    }

    private func highlighted(_ text: String, terms: SearchQuery) -> String {
        var result = ""
        var position = text.startIndex
        for range in terms.highlightRanges(in: text) {
            result += text[position..<range.lowerBound]
            result += style.bold(style.foreground(.yellow, String(text[range])))
            position = range.upperBound
        }
        return result + text[position...]
    }
}
