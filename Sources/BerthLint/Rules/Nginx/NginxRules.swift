import BerthFormats

/// Every nginx rule, in id order. Adding a rule means adding it here; a test fails
/// when a rule file is missing from this list.
public enum NginxRules {
    public static let all: [any NginxRule.Type] = [
        BL300.self, BL301.self, BL302.self, BL303.self, BL304.self, BL305.self, BL306.self, BL307.self,
        BL308.self, BL309.self, BL310.self, BL311.self, BL312.self, BL313.self, BL314.self, BL315.self,
    ]

    /// Runs every rule over `config`; findings in output order (file, line, column, then id).
    public static func check(_ config: NginxConfig, in context: LintContext = LintContext()) -> [Finding] {
        all.flatMap { $0.check(config, in: context) }.sorted(by: Finding.outputOrder)
    }
}
