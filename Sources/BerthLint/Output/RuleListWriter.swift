import BerthTerminal

/// `berth lint --list-rules`: one line per rule, grouped by the file kind it reads.
public struct RuleListWriter: Sendable {
    public var style: TerminalStyle

    public init(style: TerminalStyle) {
        self.style = style
    }

    public func write(_ rules: [RuleDescription]) -> String {
        let groups: [(title: String, prefix: String)] = [
            ("Any file", "BL0"), ("Dockerfile", "BL1"), ("Compose", "BL2"), ("nginx", "BL3"),
        ]
        var lines: [String] = []
        for group in groups {
            let members = rules.filter { $0.id.hasPrefix(group.prefix) }
            guard !members.isEmpty else { continue }
            if !lines.isEmpty { lines.append("") }
            lines.append(style.bold(group.title))
            for rule in members {
                let severity = rule.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
                lines.append("  \(rule.id)  \(style.foreground(TextFindingWriter.color(for: rule.severity), severity))"
                             + rule.summary)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
