import BerthFormats

/// Every Dockerfile rule, in id order. Adding a rule means adding it here; a test fails
/// when a rule file is missing from this list.
public enum DockerfileRules {
    public static let all: [any DockerfileRule.Type] = [
        BL100.self, BL101.self, BL102.self, BL103.self, BL104.self, BL105.self, BL106.self, BL107.self,
        BL108.self, BL109.self, BL110.self, BL111.self, BL112.self, BL113.self, BL114.self, BL115.self,
        BL116.self, BL117.self, BL118.self,
    ]

    /// berth rule id → the hadolint rule that flags the same lines (the agreement bench reads this).
    public static let hadolintEquivalents: [String: String] = [
        "BL100": "DL3006", "BL101": "DL3007", "BL102": "DL3009", "BL103": "DL3014", "BL104": "DL3015",
        "BL105": "DL3020", "BL106": "DL3025", "BL107": "DL3000", "BL108": "DL3003", "BL109": "DL3002",
        "BL110": "DL3059", "BL111": "DL4003", "BL112": "DL4004", "BL113": "DL3011",
    ]

    /// Runs every rule over `dockerfile`; findings in output order (line, column, then id).
    public static func check(_ dockerfile: Dockerfile, in context: LintContext = LintContext()) -> [Finding] {
        all.flatMap { $0.check(dockerfile, in: context) }.sorted(by: Finding.outputOrder)
    }

    /// Each later instruction with `keyword` in a stage, paired with the stage's first one
    /// (only the last CMD or ENTRYPOINT takes effect).
    static func repeated(_ keyword: String, in dockerfile: Dockerfile)
        -> [(repeated: DockerfileInstruction, first: DockerfileInstruction)] {
        dockerfile.stages.flatMap { stage -> [(repeated: DockerfileInstruction, first: DockerfileInstruction)] in
            let matching = stage.body.filter { $0.keyword == keyword }
            guard let first = matching.first else { return [] }
            return matching.dropFirst().map { ($0, first) }
        }
    }
}
