import BerthFormats

/// Flags a `listen` that repeats an address and port already listened on in the same `server`.
/// `rationale` says why it matters.
public enum BL308: NginxRule {
    public static let id = "BL308"
    public static let severity = Severity.error
    public static let summary = "the same address and port are listened on twice in one server"
    public static let fix = "Remove the second listen line (put options such as ssl or http2 on the first)."
    public static let note = "reverse-proxy"
    public static let rationale = """
        nginx refuses to start when one server listens on the same address and port twice ("duplicate \
        listen"), so the whole proxy stays down for a repeated line.
        """

    public static func check(_ config: NginxConfig, in context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        for server in config.servers {
            var seen: [String: NginxListen] = [:]
            for directive in server.directive.children(named: "listen") {
                guard let listen = NginxListen(directive) else { continue }
                if let first = seen[listen.endpoint] {
                    findings.append(finding(at: listen.location,
                        "listen \(listen.endpoint) repeats the listen at line \(first.location.line) of this server; nginx refuses duplicate listens"))
                } else {
                    seen[listen.endpoint] = listen
                }
            }
        }
        return findings
    }
}
