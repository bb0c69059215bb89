import BerthFormats

/// Flags a proxied host that is neither an `upstream` of this config nor a compose service
/// (only when the repository has compose services). `rationale` says why it matters.
///
/// Variables, IP addresses and names with dots (real DNS names) are left alone.
public enum BL307: NginxRule {
    public static let id = "BL307"
    public static let severity = Severity.error
    public static let summary = "the proxied host is neither an upstream nor a compose service"
    public static let fix = "Proxy to the compose service's name (http://backend:5252) or to an upstream block listing the services."
    public static let note = "reverse-proxy"
    public static let rationale = """
        Inside the proxy's container only compose service names and the config's upstreams resolve, and \
        `localhost` is the proxy itself, so requests to any other host fail with 502 Bad Gateway once \
        the stack runs.
        """

    public static func check(_ config: NginxConfig, in context: LintContext) -> [Finding] {
        guard !context.composeServices.isEmpty else { return [] }
        let upstreams = Set(config.upstreams.compactMap { $0.directive.value(at: 0) })
        var findings: [Finding] = []
        for match in config.allDirectives() {
            let target: NginxProxyTarget?
            if match.parent?.name == "upstream", match.directive.name == "server", let address = match.directive.arguments.first {
                target = NginxProxyTarget(address)
            } else {
                target = match.directive.proxyTarget
            }
            guard let target, !target.usesVariables, !target.isAddressLiteral, !target.isUnixSocket,
                  !target.host.contains("."), !upstreams.contains(target.host),
                  !context.composeServices.contains(target.host) else { continue }
            findings.append(finding(at: target.hostLocation, message(target.host, services: context.composeServices)))
        }
        return findings
    }

    static func message(_ host: String, services: Set<String>) -> String {
        let known = services.sorted().joined(separator: ", ")
        if host == "localhost" {
            return "localhost inside the proxy's container is the proxy itself, not another service; use a service name (\(known))"
        }
        return "\(host) is neither an upstream in this config nor a compose service (\(known)), so nginx cannot resolve it"
    }
}
