import BerthFormats

/// Flags a stage whose last USER is root (hadolint DL3002); `rationale` says why it matters.
public enum BL109: DockerfileRule {
    public static let id = "BL109"
    public static let severity = Severity.warning
    public static let summary = "last USER is root"
    public static let fix = "Switch to an unprivileged user after the steps that need root: USER app."
    public static let note = "dockerfile"
    public static let rationale = """
        A stage whose last USER is root (hadolint DL3002): the container runs with full privileges, so any \
        hole in the program is root inside the container.
        """

    public static func check(_ dockerfile: Dockerfile, in context: LintContext) -> [Finding] {
        dockerfile.stages.compactMap { stage in
            guard let user = stage.user, user.isRoot else { return nil }
            return finding(at: user.word.location, message(user.word.expanded))
        }
    }

    static func message(_ user: String) -> String {
        "USER \(user) is the last USER of its stage, so the container runs as root; switch to an unprivileged user"
    }
}
