import BerthTerminal

/// The `berth notes` index: each group's heading, then one entry per note with its
/// topic in a column, its title beside it and its summary (dim) below the title,
/// all fitted to the terminal's width.
///
/// ```
/// Proxy and traffic
///   reverse-proxy    Reverse proxy
///                    One entry point in front of several services.
/// ```
public struct NotesListingWriter: Sendable {
    public static let hint = "Read one with: berth notes TOPIC  ·  search: berth notes --search TEXT"

    private static let indent = 2
    /// Topics longer than this put their title on the next line instead of widening the column.
    private static let maximumTopicColumn = 26
    /// Below this much room for titles, titles and summaries go under the topic instead.
    private static let minimumTextWidth = 24

    public var style: TerminalStyle
    public var width: Int

    public init(style: TerminalStyle, width: Int) {
        self.style = style
        self.width = width
    }

    public func write(_ library: NoteLibrary) -> String {
        let longestTopic = library.notes.map { LineFitter.width(of: $0.topic) }.max() ?? 0
        var column = Self.indent + min(longestTopic, Self.maximumTopicColumn) + 2
        if width - column < Self.minimumTextWidth { column = Self.indent * 2 }
        let textWidth = max(1, width - column)
        var blocks: [String] = []
        for group in library.groups {
            var lines = [style.bold(LineFitter.truncate(group.name, to: width))]
            for note in group.notes {
                lines += entry(note, column: column, textWidth: textWidth)
            }
            blocks.append(lines.joined(separator: "\n"))
        }
        blocks.append(hint())
        return blocks.joined(separator: "\n\n") + "\n"
    }

    /// The hint on one line, or as its two commands on two lines when it does not fit.
    private func hint() -> String {
        let lines = LineFitter.width(of: Self.hint) <= width
            ? [Self.hint]
            : ["Read one with: berth notes TOPIC", "Search: berth notes --search TEXT"]
        return lines.map { style.dim(LineFitter.truncate($0, to: max(width, 1))) }.joined(separator: "\n")
    }

    private func entry(_ note: Note, column: Int, textWidth: Int) -> [String] {
        let margin = String(repeating: " ", count: column)
        let indent = String(repeating: " ", count: Self.indent)
        let topicRoom = column - Self.indent - 2
        let title = LineFitter.truncate(note.title, to: textWidth)
        var lines: [String]
        if LineFitter.width(of: note.topic) <= topicRoom {
            let padding = String(repeating: " ", count: column - Self.indent - LineFitter.width(of: note.topic))
            lines = [indent + style.foreground(.cyan, note.topic) + padding + title]
        } else {
            lines = [indent + style.foreground(.cyan, LineFitter.truncate(note.topic, to: width - Self.indent)),
                     margin + title]
        }
        for summaryLine in LineFitter.wrap(note.summary, to: textWidth) {
            lines.append(margin + style.dim(summaryLine))
        }
        return lines
    }
}
