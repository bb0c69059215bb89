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
        `USER root`. Not flagged on the official server images that leave root themselves: nginx and \
        httpd run their workers as an unprivileged user, and the entrypoints of postgres, redis, mysql, \
        mariadb, mongo and rabbitmq switch to one before the server starts (a USER there would break them).
        """

    /// Official images whose process gives up root by itself (see `rationale`).
    static let dropsRootItself: Set<String> = ["nginx", "httpd", "postgres", "redis", "mysql", "mariadb", "mongo", "rabbitmq"]

    public static func check(_ dockerfile: Dockerfile, in context: LintContext) -> [Finding] {
        guard let stage = dockerfile.finalStage, let from = stage.from, !from.image.isScratch,
              dockerfile.effectiveUser(of: stage) == nil else { return [] }
        let official = from.image.registry == nil || from.image.registry == "docker.io"
        let repository = from.image.repository.hasPrefix("library/") ? String(from.image.repository.dropFirst(8)) : from.image.repository
        if official && dropsRootItself.contains(repository) { return [] }
        return [finding(at: from.imageWord.location, message(from.image.text))]
    }

    static func message(_ image: String) -> String {
        "the final stage (FROM \(image)) never sets USER, so the container runs as the image's default user, usually root"
    }
}
