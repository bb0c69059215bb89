import BerthFormats

/// Flags the top-level `version:` key. `rationale` says why.
public enum BL200: ComposeRule {
    public static let id = "BL200"
    public static let severity = Severity.warning
    public static let summary = "obsolete top-level `version:`"
    public static let fix = "Delete the `version:` line; Compose v2 reads every file by the current Compose Specification."
    public static let note = "compose"
    public static let rationale = """
        Compose v2 ignores it and warns that it is obsolete; course material still teaches it, and students \
        read meaning into the number (`version: "3"` does not choose a feature set any more).
        """

    public static func check(_ compose: ComposeFile, in context: LintContext) -> [Finding] {
        guard let version = compose.version else { return [] }
        // The key is what to delete, so point at it rather than at the number.
        let key = compose.root?.entry("version")?.key.location ?? version.location
        return [finding(at: key, message(version.value))]
    }

    static func message(_ version: String) -> String {
        "`version: \(version)` is obsolete: Compose v2 ignores it (and warns about it)"
    }
}
