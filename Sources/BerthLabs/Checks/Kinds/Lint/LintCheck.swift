import BerthFormats
import BerthLint

/// `kind: lint`: berth's own rules find nothing to say about some files, for the listed rules
/// only. The files must exist (a check never passes on nothing), and `# berth-ignore`
/// comments do not count: the lab grades, not the student.
///
/// ```yaml
/// kind: lint
/// paths: [proxy/nginx.conf]     # files or folders; the whole repository by default
/// rules: [BL304, BL305]         # the rules that must be clean
/// ```
public struct LintCheck: StaticCheck {
    public static let kind = "lint"

    public var paths: [String]
    public var rules: [String]

    public init?(_ fields: inout ManifestFields) {
        paths = fields.strings("paths")
        let rules = fields.strings("rules")
        if rules.isEmpty, !fields.has("rules") {
            fields.invalid(fields.node, "\(fields.subject) needs `rules:` (the ids of the lint rules that must be clean, e.g. [BL304])")
        }
        for id in rules where RuleRegistry.rule(id: id) == nil {
            let hint = RuleRegistry.suggestions(for: id).first.map { "; did you mean \($0)?" } ?? ""
            if let node = fields.node["rules"] {
                fields.invalid(node, "`rules:` of \(fields.subject) names \(id), which is not a rule\(hint) (`berth lint --list-rules`)")
            }
        }
        guard !rules.isEmpty, rules.allSatisfy({ RuleRegistry.rule(id: $0) != nil }) else { return nil }
        self.rules = rules
    }

    public func evaluate(in repository: StudentRepository) -> CheckOutcome {
        let listed = rules.joined(separator: ", ")
        let scope = paths.isEmpty ? "the repository" : paths.joined(separator: ", ")
        let expected = "no finding of \(listed) in \(scope)"
        for path in paths {
            switch repository.entry(at: path) {
            case .missing, .emptyDirectory:
                return .fail(at: repository.location(of: path), expected: expected, found: "no file \(path)")
            case .outside:
                return .fail(at: repository.location(of: path), expected: expected,
                             found: "\(path) is a symlink that leads outside the repository; berth does not follow it")
            case .file, .directory:
                continue
            }
        }
        let linter = Linter(reader: repository.reader, environment: repository.environment, honorsSuppressions: false)
        let report = linter.lint(paths.isEmpty ? ["."] : paths)
        guard !report.files.isEmpty else {
            return .fail(at: paths.first.map(repository.location(of:)), expected: expected,
                         found: "no Dockerfile, compose file or nginx config in \(scope)")
        }
        let findings = report.findings.filter { rules.contains($0.ruleID) }.sorted(by: Finding.outputOrder)
        guard let first = findings.first else {
            let files = report.files.map(\.path).joined(separator: ", ")
            return .pass(at: paths.first.map(repository.location(of:)), expected: expected, found: "\(listed) clean in \(files)")
        }
        let more = findings.count > 1 ? " (and \(findings.count - 1) more)" : ""
        return .fail(at: first.location, expected: expected, found: "\(first.ruleID): \(first.message)\(more)")
    }
}
