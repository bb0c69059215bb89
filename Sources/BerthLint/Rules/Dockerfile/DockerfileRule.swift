import BerthFormats

/// A rule over one parsed Dockerfile.
public protocol DockerfileRule: Rule {
    static func check(_ dockerfile: Dockerfile, in context: LintContext) -> [Finding]
}
