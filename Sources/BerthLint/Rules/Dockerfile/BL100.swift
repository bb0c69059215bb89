import BerthFormats

/// Flags a FROM whose image has no tag or digest (hadolint DL3006); `rationale` says why it
/// matters.
public enum BL100: DockerfileRule {
    public static let id = "BL100"
    public static let severity = Severity.warning
    public static let summary = "base image has no tag"
    public static let fix = "Pin the image to a version, e.g. FROM python:3.12-slim."
    public static let note = "images-and-layers"
    public static let rationale = """
        A FROM whose image has no tag or digest (hadolint DL3006): Docker then pulls `latest`, which changes \
        under you, so two builds of the same file differ. `scratch`, earlier stage names and images still \
        holding a build-time variable are fine.
        """

    public static func check(_ dockerfile: Dockerfile, in context: LintContext) -> [Finding] {
        var stageNames: Set<String> = []
        var findings: [Finding] = []
        for stage in dockerfile.stages {
            defer { if let name = stage.name { stageNames.insert(name) } }
            guard let from = stage.from, from.image.isResolved, !from.image.isScratch,
                  from.image.tag == nil, from.image.digest == nil,
                  !stageNames.contains(from.image.repository.lowercased()) else { continue }
            findings.append(finding(at: from.imageWord.location, message(from.image.text)))
        }
        return findings
    }

    static func message(_ image: String) -> String {
        "FROM \(image) has no tag, so each build may pull a different image; pin a version (\(image):<version>)"
    }
}
