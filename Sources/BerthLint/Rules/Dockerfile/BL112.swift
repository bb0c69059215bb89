import BerthFormats

/// Flags a second ENTRYPOINT in one stage (hadolint DL4004); `rationale` says why it matters.
public enum BL112: DockerfileRule {
    public static let id = "BL112"
    public static let severity = Severity.error
    public static let summary = "more than one ENTRYPOINT in a stage"
    public static let fix = "Keep only the ENTRYPOINT that should run; delete the others."
    public static let note = "dockerfile"
    public static let rationale = """
        A second ENTRYPOINT in one stage (hadolint DL4004): only the last one takes effect.
        """

    public static func check(_ dockerfile: Dockerfile, in context: LintContext) -> [Finding] {
        DockerfileRules.repeated("ENTRYPOINT", in: dockerfile).map { repeated, first in
            finding(at: repeated.location, message(first.location.line))
        }
    }

    static func message(_ line: Int) -> String {
        "this stage already has an ENTRYPOINT on line \(line); only the last ENTRYPOINT takes effect"
    }
}
