import BerthFormats

/// Flags a FROM whose image reference Docker refuses, most often an uppercase repository (`FROM
/// Ubuntu:latest`); `rationale` says why it matters.
public enum BL118: DockerfileRule {
    public static let id = "BL118"
    public static let severity = Severity.error
    public static let summary = "base image reference is invalid"
    public static let fix = "Write the image in lowercase, with an optional :tag or @digest, e.g. FROM ubuntu:24.04."
    public static let note = "dockerfile"
    public static let rationale = """
        A FROM whose image reference Docker refuses, most often an uppercase repository (`FROM \
        Ubuntu:latest`): the build stops with "invalid reference format".
        """

    public static func check(_ dockerfile: Dockerfile, in context: LintContext) -> [Finding] {
        dockerfile.stages.compactMap { stage in
            guard let from = stage.from, let problem = from.image.problem else { return nil }
            return finding(at: from.imageWord.location, message(from.image.text, problem))
        }
    }

    static func message(_ image: String, _ problem: String) -> String {
        "FROM \(image) is not a valid image reference: \(problem)"
    }
}
