import BerthFormats

/// Flags `ports` on a service that sits behind the stack's reverse proxy. `rationale`
/// says why.
public enum BL203: ComposeServiceRule {
    public static let id = "BL203"
    public static let severity = Severity.warning
    public static let summary = "port published by a service behind the proxy"
    public static let fix = "Remove `ports:` from the service (keep `expose:` if you want to document the port); only the proxy publishes."
    public static let note = "reverse-proxy"
    public static let rationale = """
        Once a proxy is the single entry point, a published backend port bypasses it (and its TLS, rate \
        limits and headers) and takes a host port that replicas would fight over; services reach each other \
        over the compose network without publishing anything.
        """

    public static func check(_ service: ComposeService, in compose: ComposeFile, context: LintContext) -> [Finding] {
        guard !context.proxyServices.isEmpty, !context.proxyServices.contains(service.name),
              let first = service.ports.first else { return [] }
        let proxies = context.proxyServices.sorted().map { "`\($0)`" }.joined(separator: ", ")
        return [finding(at: first.location, message(service.name, port: first, proxies: proxies))]
    }

    static func message(_ service: String, port: ComposePort, proxies: String) -> String {
        let published = port.published.map { "host port \($0)" } ?? "a host port"
        return "service `\(service)` publishes \(published) although \(proxies) is the entry point"
    }
}
