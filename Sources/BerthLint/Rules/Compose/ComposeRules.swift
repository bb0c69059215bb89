import BerthFormats

/// Every compose rule, in id order. Adding a rule means adding it here; a test fails
/// when a rule file is missing from this list.
public enum ComposeRules {
    public static let all: [any ComposeRule.Type] = [
        BL200.self, BL201.self, BL202.self, BL203.self, BL204.self, BL205.self, BL206.self, BL207.self,
        BL208.self, BL209.self, BL210.self, BL211.self, BL212.self, BL213.self,
    ]

    /// Runs every rule over `compose`; findings in output order (line, column, then id).
    public static func check(_ compose: ComposeFile, in context: LintContext = LintContext()) -> [Finding] {
        all.flatMap { $0.check(compose, in: context) }.sorted(by: Finding.outputOrder)
    }
}
