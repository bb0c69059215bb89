import BerthFormats

/// Flags `server_tokens on`. `rationale` says why it matters.
public enum BL312: NginxDirectiveRule {
    public static let id = "BL312"
    public static let severity = Severity.info
    public static let summary = "server_tokens on shows the nginx version to every client"
    public static let fix = "Write server_tokens off; in the http block."
    public static let note = "production-servers"
    public static let rationale = """
        With `server_tokens on`, every error page and `Server` header names the exact nginx version, \
        telling an attacker which published flaws to try first; hiding it costs nothing.
        """
    public static let directive = "server_tokens"

    public static func check(_ match: NginxDirectiveMatch, in config: NginxConfig, context: LintContext) -> [Finding] {
        guard let value = match.directive.arguments.first, value.value.lowercased() == "on" else { return [] }
        return [finding(at: value.location, "server_tokens on shows the nginx version in every Server header and error page")]
    }
}
