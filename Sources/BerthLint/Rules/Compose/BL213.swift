import BerthFormats

/// Flags a fixed host port on a service that runs several containers. `rationale` says
/// why.
public enum BL213: ComposeServiceRule {
    public static let id = "BL213"
    public static let severity = Severity.error
    public static let summary = "fixed host port on a scaled service"
    public static let fix = "Remove the host port (`- \"5252\"` or no `ports:` at all) and publish through the proxy in front of the replicas."
    public static let note = "load-balancing"
    public static let rationale = """
        Only one container can hold a host port, so the second replica fails to start ("port is already \
        allocated"); replicas belong behind a proxy that publishes the port once.
        """

    public static func check(_ service: ComposeService, in compose: ComposeFile, context: LintContext) -> [Finding] {
        guard service.instanceCount > 1 else { return [] }
        return service.ports.compactMap { port in
            guard let range = port.publishedRange, range.count < service.instanceCount else { return nil }
            return finding(at: port.location, message(service.name, port.published ?? "", service.instanceCount))
        }
    }

    static func message(_ service: String, _ published: String, _ count: Int) -> String {
        "service `\(service)` runs \(count) containers but pins host port \(published); only one can bind it"
    }
}
