import BerthFormats

/// Flags an `image:` with no tag or the `latest` tag on a service that is not built
/// locally. `rationale` says why.
public enum BL201: ComposeServiceRule {
    public static let id = "BL201"
    public static let severity = Severity.warning
    public static let summary = "image without a pinned tag"
    public static let fix = "Pin a version tag, e.g. `image: postgres:16-alpine` or `image: redis:7.2`."
    public static let note = "images-and-layers"
    public static let rationale = """
        `latest` is whatever was pushed last: the stack changes under you between two `docker compose \
        pull`s, and nobody can tell which version ran.
        """

    public static func check(_ service: ComposeService, in compose: ComposeFile, context: LintContext) -> [Finding] {
        // With `build:`, `image:` names what the build produces, not something pulled.
        guard service.build == nil, let image = service.image, !image.value.isEmpty,
              !image.value.contains("@"), let tag = service.imageTag else { return [] }
        if tag == "latest" {
            let written = image.value.hasSuffix(":latest")
            return [finding(at: image.location, written ? latestMessage(image.value) : untaggedMessage(image.value))]
        }
        return []
    }

    static func untaggedMessage(_ image: String) -> String {
        "`image: \(image)` has no tag, so it means \(image):latest, whichever version was pushed last"
    }

    static func latestMessage(_ image: String) -> String {
        "`image: \(image)` follows whichever version was pushed last"
    }
}
