import BerthFormats

/// Flags `expose` entries written as a mapping (`"5252:5252"`). `rationale` says why.
public enum BL212: ComposeServiceRule {
    public static let id = "BL212"
    public static let severity = Severity.warning
    public static let summary = "`expose` holding a HOST:CONTAINER mapping"
    public static let fix = "Write only the container port (`expose: [\"5252\"]`), or move the mapping to `ports:` if the host should reach it."
    public static let note = "compose"
    public static let rationale = """
        `expose` only lists container ports other services may use; it never publishes anything on the host, \
        so a `HOST:CONTAINER` pair there is a `ports` entry in the wrong place.
        """

    public static func check(_ service: ComposeService, in compose: ComposeFile, context: LintContext) -> [Finding] {
        service.expose.compactMap { exposed in
            guard exposed.value.contains(":") else { return nil }
            return finding(at: exposed.location, message(exposed.value))
        }
    }

    static func message(_ value: String) -> String {
        "`expose: \(value)` is a mapping; expose takes a container port only and publishes nothing"
    }
}
