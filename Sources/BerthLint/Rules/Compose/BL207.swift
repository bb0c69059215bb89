import BerthFormats

/// Flags a top-level volume no service mounts. `rationale` says why.
public enum BL207: ComposeRule {
    public static let id = "BL207"
    public static let severity = Severity.info
    public static let summary = "declared volume is never used"
    public static let fix = "Mount it in the service that needs it (`- name:/path`), or delete the declaration."
    public static let note = "volumes"
    public static let rationale = """
        It is created and kept for nothing, and usually means a service's mount was renamed or uses a bind \
        path instead.
        """

    public static func check(_ compose: ComposeFile, in context: LintContext) -> [Finding] {
        let used = Set(compose.services.flatMap { $0.volumes.compactMap(\.volumeName) })
        return compose.volumes.filter { !used.contains($0.name) }.map {
            finding(at: $0.location, message($0.name))
        }
    }

    static func message(_ volume: String) -> String {
        "volume `\(volume)` is declared but no service mounts it"
    }
}
