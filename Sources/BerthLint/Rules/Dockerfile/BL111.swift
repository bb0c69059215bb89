import BerthFormats

/// Flags a second CMD in one stage (hadolint DL4003); `rationale` says why it matters.
public enum BL111: DockerfileRule {
    public static let id = "BL111"
    public static let severity = Severity.warning
    public static let summary = "more than one CMD in a stage"
    public static let fix = "Keep only the CMD that should run; delete the others."
    public static let note = "dockerfile"
    public static let rationale = """
        A second CMD in one stage (hadolint DL4003): only the last CMD takes effect, so the earlier one is \
        dead text that misleads the reader.
        """

    public static func check(_ dockerfile: Dockerfile, in context: LintContext) -> [Finding] {
        DockerfileRules.repeated("CMD", in: dockerfile).map { repeated, first in
            finding(at: repeated.location, message(first.location.line))
        }
    }

    static func message(_ line: Int) -> String {
        "this stage already has a CMD on line \(line); only the last CMD takes effect"
    }
}
