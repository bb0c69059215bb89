import BerthFormats

/// Flags a final stage that never sets USER (nor does a stage it builds on); `rationale` says why
/// it matters.
public enum BL115: DockerfileRule {
    public static let id = "BL115"
    public static let severity = Severity.warning
    public static let summary = "the final stage never switches away from root"
    public static let fix = "Create an unprivileged user and switch to it: RUN useradd --system app, then USER app."
    public static let note = "dockerfile"
    public static let rationale = """
        A final stage that never sets USER (nor does a stage it builds on): the container runs as the base \
        image's user, which for almost every image is root. Distinct from BL109, which flags an explicit \
        `USER root`.
        """

    public static func check(_ dockerfile: Dockerfile, in context: LintContext) -> [Finding] {
        guard let stage = dockerfile.finalStage, let from = stage.from, !from.image.isScratch,
              dockerfile.effectiveUser(of: stage) == nil else { return [] }
        return [finding(at: from.imageWord.location, message(from.image.text))]
    }

    static func message(_ image: String) -> String {
        "the final stage (FROM \(image)) never sets USER, so the container runs as the image's default user, usually root"
    }
}
