import BerthFormats

/// Flags `depends_on` entries that only wait for a dependency to start although it has
/// a health check. `rationale` says why.
public enum BL204: ComposeServiceRule {
    public static let id = "BL204"
    public static let severity = Severity.warning
    public static let summary = "depends_on does not wait for a healthy dependency"
    public static let fix = "Use the long form: `depends_on: {db: {condition: service_healthy}}`."
    public static let note = "health-checks"
    public static let rationale = """
        "Started" means the process exists, not that PostgreSQL accepts connections: the dependent service \
        starts, fails to connect and crashes or retries.
        """

    public static func check(_ service: ComposeService, in compose: ComposeFile, context: LintContext) -> [Finding] {
        service.dependsOn.compactMap { dependency in
            guard !dependency.waitsForHealth, dependency.effectiveCondition != "service_completed_successfully",
                  let target = compose.service(named: dependency.service.value), target.hasHealthcheck else { return nil }
            return finding(at: dependency.service.location, message(service.name, dependency.service.value))
        }
    }

    static func message(_ service: String, _ dependency: String) -> String {
        "`\(service)` waits only for `\(dependency)` to start, not for its health check to pass"
    }
}
