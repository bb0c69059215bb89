import BerthFormats

/// A rule over one parsed compose file.
public protocol ComposeRule: Rule {
    static func check(_ compose: ComposeFile, in context: LintContext) -> [Finding]
}
