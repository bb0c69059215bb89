import BerthFormats

/// Flags a main nginx config without an `events` block. `rationale` says why it matters.
public enum BL311: NginxRule {
    public static let id = "BL311"
    public static let severity = Severity.error
    public static let summary = "the main config has no events block"
    public static let fix = "Add events { } at the top level, next to http."
    public static let note = "production-servers"
    public static let rationale = """
        nginx refuses to start with `no "events" section in configuration` when the main config has no \
        `events` block, even though every setting inside it is optional; an empty `events {}` is enough.
        """

    public static func check(_ config: NginxConfig, in context: LintContext) -> [Finding] {
        guard config.isMainConfig, config.topLevel(named: "events").isEmpty else { return [] }
        let at = config.topLevel(named: "http").first?.location ?? SourceLocation(file: config.path, line: 1, column: 1)
        return [finding(at: at, "\(config.path) has no events block, so nginx refuses to start: add events { }")]
    }
}
