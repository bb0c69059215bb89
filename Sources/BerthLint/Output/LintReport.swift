/// The outcome of linting some paths: the files looked at and every finding, in output order.
public struct LintReport: Sendable {
    public var files: [ScannedFile]
    public var findings: [Finding]

    public init(files: [ScannedFile], findings: [Finding]) {
        self.files = files
        self.findings = findings.sorted(by: Finding.outputOrder)
    }

    /// Whether any finding is at least as severe as `threshold`.
    public func fails(at threshold: Severity) -> Bool {
        findings.contains { $0.severity <= threshold }
    }

    /// "2 errors, 1 warning in 3 files" or "no problems in 3 files".
    public var summary: String {
        let fileCount = files.count == 1 ? "1 file" : "\(files.count) files"
        guard !findings.isEmpty else { return "no problems in \(fileCount)" }
        let counts = Severity.allCases.compactMap { severity -> String? in
            let count = findings.filter { $0.severity == severity }.count
            guard count > 0 else { return nil }
            let noun = severity == .style ? "style issue" : severity.rawValue
            return "\(count) \(noun)\(count == 1 ? "" : (noun.hasSuffix("s") ? "es" : "s"))"
        }
        return counts.joined(separator: ", ") + " in \(fileCount)"
    }
}
