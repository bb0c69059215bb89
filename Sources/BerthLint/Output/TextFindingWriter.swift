import BerthTerminal

/// `file:line:column: severity: [id] message`, then the fix and the note to read.
public struct TextFindingWriter: Sendable {
    public var style: TerminalStyle

    public init(style: TerminalStyle) {
        self.style = style
    }

    public func write(_ report: LintReport) -> String {
        var lines: [String] = []
        for finding in report.findings {
            let severity = style.bold(style.foreground(Self.color(for: finding.severity), finding.severity.rawValue))
            lines.append("\(style.bold(finding.location.description)): \(severity): "
                         + "\(style.dim("[\(finding.ruleID)]")) \(finding.message)")
            lines.append("    fix: \(finding.fix)")
            lines.append(style.dim("    read: berth notes \(finding.note)"))
        }
        if !report.findings.isEmpty { lines.append("") }
        lines.append(report.summary)
        return lines.joined(separator: "\n") + "\n"
    }

    static func color(for severity: Severity) -> TerminalStyle.Color {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .info: .blue
        case .style: .magenta
        }
    }
}
