import BerthFormats

/// A rule over one parsed compose file.
public protocol ComposeRule: Rule {
    static func check(_ compose: ComposeFile, in context: LintContext) -> [Finding]
}

/// A rule that looks at one service at a time (hadolint's `simpleRule`); the file is
/// walked for it, and the service's file is at hand for cross-references.
public protocol ComposeServiceRule: ComposeRule {
    static func check(_ service: ComposeService, in compose: ComposeFile, context: LintContext) -> [Finding]
}

extension ComposeServiceRule {
    public static func check(_ compose: ComposeFile, in context: LintContext) -> [Finding] {
        compose.services.flatMap { check($0, in: compose, context: context) }
    }
}
