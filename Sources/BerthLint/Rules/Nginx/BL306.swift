import BerthFormats

/// Flags `limit_req` where no `limit_req_status` applies. `rationale` says why it matters.
public enum BL306: NginxDirectiveRule {
    public static let id = "BL306"
    public static let severity = Severity.warning
    public static let summary = "limit_req without limit_req_status answers 503 instead of 429"
    public static let fix = "Add limit_req_status 429; next to limit_req (or once in the server or http block)."
    public static let note = "rate-limiting"
    public static let rationale = """
        Over the limit, nginx answers 503 Service Unavailable by default, which reads as an outage to \
        clients, monitors and retry logic; 429 Too Many Requests tells the client to slow down and come \
        back.
        """
    public static let directive = "limit_req"

    public static func check(_ match: NginxDirectiveMatch, in config: NginxConfig, context: LintContext) -> [Finding] {
        // A snippet read inside server or location may get its status from the file that
        // includes it, which berth cannot see: only main and http files are judged.
        guard config.context == .main || config.context == .http,
              !config.directives.contains(where: { $0.name == "limit_req_status" }),
              match.enclosing.allSatisfy({ $0.child(named: "limit_req_status") == nil }) else { return [] }
        return [finding(at: match.directive.location, message)]
    }

    static let message = "limit_req without limit_req_status: clients over the limit get 503 Service Unavailable, "
        + "which looks like an outage; answer 429 Too Many Requests"
}
