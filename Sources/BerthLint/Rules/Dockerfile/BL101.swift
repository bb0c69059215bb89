import BerthFormats

/// Flags `FROM image:latest` (hadolint DL3007); `rationale` says why it matters.
public enum BL101: DockerfileRule {
    public static let id = "BL101"
    public static let severity = Severity.warning
    public static let summary = "base image uses the latest tag"
    public static let fix = "Pin a release tag instead of latest, e.g. FROM ubuntu:24.04."
    public static let note = "images-and-layers"
    public static let rationale = """
        `FROM image:latest` (hadolint DL3007): `latest` moves to each new release, so the image you tested \
        is not the one the next build pulls.
        """

    public static func check(_ dockerfile: Dockerfile, in context: LintContext) -> [Finding] {
        dockerfile.stages.compactMap { stage -> Finding? in
            guard let from = stage.from, from.image.tag == "latest" else { return nil }
            let word = from.imageWord
            let offset = word.raw.scalarOffset(of: ":latest").map { $0 + 1 } ?? 0
            return finding(at: word.location(offset: offset), message(from.image.name))
        }
    }

    static func message(_ name: String) -> String {
        "\(name):latest changes with every release; pin the version you tested (\(name):<version>)"
    }
}
