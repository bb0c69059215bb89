import BerthFormats

/// `berth lint --format sarif`: every rule berth knows is listed in the driver (so a viewer
/// can show its help), and each finding points at its file relative to the repository root.
public struct SARIFWriter: Sendable {
    public var version: String
    public var rules: [RuleDescription]

    public init(version: String, rules: [RuleDescription]) {
        self.version = version
        self.rules = rules
    }

    public func write(_ report: LintReport) -> String {
        let driverRules = rules.map { rule in
            SARIFLog.Rule(id: rule.id, summary: rule.summary, description: rule.summary + " " + rule.fix,
                          help: "\(rule.fix)\nRead: berth notes \(rule.note)", level: Self.level(rule.severity), tags: [rule.note])
        }
        let results = report.findings.map { finding in
            SARIFLog.Result(ruleID: finding.ruleID, level: Self.level(finding.severity),
                            message: "\(finding.message) Fix: \(finding.fix)", location: finding.location)
        }
        return SARIFLog(version: version, runs: [SARIFLog.Run(rules: driverRules, results: results)]).serialized()
    }

    /// SARIF has three levels; info and style are both notes.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info, .style: "note"
        }
    }
}
