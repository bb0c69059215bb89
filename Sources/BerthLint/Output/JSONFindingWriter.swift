import BerthFormats

/// The findings as JSON: `{"files":[…],"findings":[{file,line,column,rule,severity,message,fix,note}],"summary":…}`.
public struct JSONFindingWriter: Sendable {
    public init() {}

    public func write(_ report: LintReport) -> String {
        let findings = report.findings.map { finding -> JSONValue in
            .object([
                ("file", .string(finding.location.file)),
                ("line", .int(finding.location.line)),
                ("column", .int(finding.location.column)),
                ("rule", .string(finding.ruleID)),
                ("severity", .string(finding.severity.rawValue)),
                ("message", .string(finding.message)),
                ("fix", .string(finding.fix)),
                ("note", .string(finding.note)),
            ])
        }
        let files = report.files.map { JSONValue.object([("path", .string($0.path)), ("kind", .string($0.kind.rawValue))]) }
        let document = JSONValue.object([
            ("files", .array(files)),
            ("findings", .array(findings)),
            ("summary", .string(report.summary)),
        ])
        return document.serialized(pretty: true) + "\n"
    }
}
