import BerthFormats

/// Flags databases and caches without a health check. `rationale` says why.
public enum BL205: ComposeServiceRule {
    public static let id = "BL205"
    public static let severity = Severity.warning
    public static let summary = "database or cache without a health check"
    public static let fix = "Add a healthcheck, e.g. `test: [\"CMD\", \"pg_isready\", \"-U\", \"postgres\"]` or `[\"CMD\", \"redis-cli\", \"ping\"]`, with interval, timeout and retries."
    public static let note = "health-checks"
    public static let rationale = """
        Their containers start long before they accept connections; without a health check nothing \
        (`depends_on`, a load balancer, a person) can tell "starting" from "ready".
        """

    /// Image repositories that hold state others wait for, with the test to suggest.
    static let stateful: [String: String] = [
        "postgres": "[\"CMD-SHELL\", \"pg_isready -U $${POSTGRES_USER:-postgres}\"]",
        "postgis": "[\"CMD-SHELL\", \"pg_isready -U $${POSTGRES_USER:-postgres}\"]",
        "mysql": "[\"CMD\", \"mysqladmin\", \"ping\", \"-h\", \"localhost\"]",
        "mariadb": "[\"CMD\", \"healthcheck.sh\", \"--connect\", \"--innodb_initialized\"]",
        "mongo": "[\"CMD\", \"mongosh\", \"--quiet\", \"--eval\", \"db.adminCommand('ping')\"]",
        "redis": "[\"CMD\", \"redis-cli\", \"ping\"]",
        "valkey": "[\"CMD\", \"valkey-cli\", \"ping\"]",
        "keydb": "[\"CMD\", \"keydb-cli\", \"ping\"]",
        "memcached": "[\"CMD-SHELL\", \"echo stats | nc -w 1 localhost 11211\"]",
    ]

    public static func check(_ service: ComposeService, in compose: ComposeFile, context: LintContext) -> [Finding] {
        guard let image = service.image, let repository = service.imageName, let test = stateful[repository],
              service.healthcheck == nil else { return [] }
        return [finding(at: image.location, message(service.name, repository), fix: "Add `healthcheck:` with `test: \(test)`, interval, timeout and retries.")]
    }

    static func message(_ service: String, _ repository: String) -> String {
        "service `\(service)` runs \(repository) without a health check, so nothing can wait until it accepts connections"
    }
}
