import BerthFormats

/// Flags a main nginx config without an `events` block: nginx refuses to start with
/// `no "events" section in configuration`, even though every setting in it is optional.
public enum BL311: NginxRule {
    public static let id = "BL311"
    public static let severity = Severity.error
    public static let summary = "The main config has no events block"
    public static let fix = "Add events { } at the top level, next to http."
    public static let note = "production-servers"

    public static func check(_ config: NginxConfig, in context: LintContext) -> [Finding] {
        guard config.isMainConfig, config.topLevel(named: "events").isEmpty else { return [] }
        let at = config.topLevel(named: "http").first?.location ?? SourceLocation(file: config.path, line: 1, column: 1)
        return [finding(at: at, "\(config.path) has no events block, so nginx refuses to start: add events { }")]
    }
}
