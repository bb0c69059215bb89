import BerthTerminal

/// A task's hints as `berth hint` shows them: the ones seen before, dimmed, then one more.
public struct HintWriter: Sendable {
    public var style: TerminalStyle

    public init(style: TerminalStyle) {
        self.style = style
    }

    /// How many hints to show when `shown` were shown before: one more, up to all of them.
    public static func count(after shown: Int, of task: TaskManifest) -> Int {
        min(shown + 1, task.hints.count)
    }

    /// The first `count` hints of `task`; once every hint was shown before, the note to read.
    public func hints(of task: TaskManifest, count: Int, shownBefore: Int) -> String {
        guard !task.hints.isEmpty else {
            return "Task \(task.id) has no hints. Read it again with: berth show \(task.id)\n"
        }
        var lines: [String] = []
        for (index, hint) in task.hints.prefix(count).enumerated() {
            let label = "Hint \(index + 1) of \(task.hints.count):"
            lines.append("\(index + 1 == count ? style.bold(label) : style.dim(label)) \(hint)")
        }
        if shownBefore >= task.hints.count {
            let note = task.notes.first.map { "; the note explains the rest: berth notes \($0)" } ?? ""
            lines.append(style.dim("That was the last hint\(note)."))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
