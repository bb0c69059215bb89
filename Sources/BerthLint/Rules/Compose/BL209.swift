import BerthFormats

/// Flags `container_name` on a service that runs several containers. `rationale` says
/// why.
public enum BL209: ComposeServiceRule {
    public static let id = "BL209"
    public static let severity = Severity.error
    public static let summary = "container_name on a scaled service"
    public static let fix = "Remove `container_name:`; Compose names replicas <project>-<service>-1, -2, … and other services reach them by the service name."
    public static let note = "load-balancing"
    public static let rationale = """
        Container names are unique on a host, so the second replica cannot be created: Compose refuses the \
        file, and `docker compose up --scale` fails.
        """

    public static func check(_ service: ComposeService, in compose: ComposeFile, context: LintContext) -> [Finding] {
        guard let name = service.containerName, service.instanceCount > 1 else { return [] }
        return [finding(at: name.location, message(service.name, name.value, service.instanceCount))]
    }

    static func message(_ service: String, _ container: String, _ count: Int) -> String {
        "service `\(service)` runs \(count) containers but names them all `\(container)`; names must be unique"
    }
}
