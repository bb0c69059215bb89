import BerthTerminal

/// `berth lint --explain BL306`: a rule's id, severity and summary, why it exists, the fix,
/// the hadolint rule it matches, and the note to read.
public struct RuleExplanationWriter: Sendable {
    public var style: TerminalStyle
    public var width: Int

    public init(style: TerminalStyle, width: Int) {
        self.style = style
        self.width = width
    }

    /// - Parameter noteTitle: the note's title and summary when the notes are available.
    public func write(_ rule: RuleDescription, noteTitle: String?) -> String {
        let severity = style.foreground(TextFindingWriter.color(for: rule.severity), rule.severity.rawValue)
        var lines = ["\(style.bold(rule.id)) (\(severity)): \(style.bold(rule.summary))", ""]
        lines += wrap(rule.rationale)
        lines += [""] + wrap("Fix: " + rule.fix)
        if let hadolint = DockerfileRules.hadolintEquivalents[rule.id] {
            lines += wrap("hadolint reports the same as \(hadolint).")
        }
        let read = "Read: berth notes \(rule.note)" + (noteTitle.map { " (\($0))" } ?? "")
        lines += [""] + wrap(read)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Greedy word wrap; rule texts are plain prose.
    private func wrap(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = String(word)
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
