import BerthFormats

/// Flags a `server` that claims a server name on an address and port another `server` already
/// claims. `rationale` says why it matters.
public enum BL309: NginxRule {
    public static let id = "BL309"
    public static let severity = Severity.warning
    public static let summary = "two servers claim the same server_name on the same port"
    public static let fix = "Give each server its own server_name or port, or merge the two blocks."
    public static let note = "reverse-proxy"
    public static let rationale = """
        nginx warns "conflicting server name … ignored" and sends every request for that name to the \
        first server: the second block never answers, and its settings silently do nothing.
        """

    public static func check(_ config: NginxConfig, in context: LintContext) -> [Finding] {
        var claimed: [String: NginxDirective] = [:]
        var findings: [Finding] = []
        for server in config.servers {
            let listens = server.directive.children(named: "listen").compactMap(NginxListen.init)
            // A listen repeated within the server is BL308's finding, not a second claim.
            var endpoints: [String] = []
            for endpoint in listens.isEmpty ? ["*:80"] : listens.map(\.endpoint) where !endpoints.contains(endpoint) {
                endpoints.append(endpoint)
            }
            let nameDirective = server.directive.child(named: "server_name")
            let names = nameDirective?.arguments ?? [NginxArgument(value: "", location: server.directive.location)]
            for name in names {
                for endpoint in endpoints {
                    let key = endpoint + " " + name.value.lowercased()
                    if let first = claimed[key] {
                        let shown = name.value.isEmpty ? "\"\"" : name.value
                        findings.append(finding(at: name.location,
                            "server name \(shown) on \(endpoint) is already claimed by the server at line \(first.location.line); nginx ignores this one"))
                    } else {
                        claimed[key] = server.directive
                    }
                }
            }
        }
        return findings
    }
}
