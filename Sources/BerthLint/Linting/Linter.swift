import BerthFormats

/// Lints a repository: finds its configs, parses each once, learns what the rules need
/// to know about the whole repository, runs every rule, and applies the configuration
/// and inline suppressions.
public struct Linter: Sendable {
    public var reader: SourceReader
    public var configuration: LintConfiguration
    /// Variables compose interpolation may use besides the `.env` file (the caller's environment).
    public var environment: [String: String]
    /// Whether `# berth-ignore` comments silence findings: yes for a linter run by the author,
    /// no when a lab grades the files (a student cannot comment a rule away).
    public var honorsSuppressions: Bool

    public init(reader: SourceReader, configuration: LintConfiguration = LintConfiguration(),
                environment: [String: String] = [:], honorsSuppressions: Bool = true) {
        self.reader = reader
        self.configuration = configuration
        self.environment = environment
        self.honorsSuppressions = honorsSuppressions
    }

    /// Lints the configs under `paths` (relative to the reader's root, or absolute inside it).
    public func lint(_ paths: [String]) -> LintReport {
        let scan = RepositoryScanner(reader: reader).scan(paths)
        let workspace = ParsedWorkspace(files: scan.files, reader: reader, environment: environment)
        let context = workspace.context
        var findings = scan.problems.map { ParseProblem.finding(for: $0, kind: nil) }
        for dockerfile in workspace.dockerfiles {
            findings += dockerfile.errors.map { ParseProblem.finding(for: $0, kind: .dockerfile) }
            findings += DockerfileRules.check(dockerfile, in: context)
        }
        for compose in workspace.composeFiles {
            findings += compose.errors.map { ParseProblem.finding(for: $0, kind: .compose) }
            findings += ComposeRules.check(compose, in: context)
        }
        for config in workspace.nginxConfigs {
            findings += config.errors.map { ParseProblem.finding(for: $0, kind: .nginx) }
            findings += NginxRules.check(config, in: context)
        }
        var suppressions = Suppressions(reader: reader)
        var kept: [Finding] = []
        for var finding in Set(findings) where !configuration.ignoredRules.contains(finding.ruleID) {
            if honorsSuppressions && suppressions.suppresses(finding) { continue }
            if let severity = configuration.severityOverrides[finding.ruleID] { finding.severity = severity }
            kept.append(finding)
        }
        return LintReport(files: scan.files, findings: kept)
    }
}
