import BerthFormats

/// A rule over one parsed nginx configuration (an entry file with its includes).
public protocol NginxRule: Rule {
    static func check(_ config: NginxConfig, in context: LintContext) -> [Finding]
}
