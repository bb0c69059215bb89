import BerthFormats

/// A rule over one parsed nginx configuration (an entry file with its includes).
public protocol NginxRule: Rule {
    static func check(_ config: NginxConfig, in context: LintContext) -> [Finding]
}

/// A rule that looks at every directive of one name on its own, with the blocks around
/// it (hadolint's `simpleRule`); the configuration is walked for it, includes followed.
public protocol NginxDirectiveRule: NginxRule {
    /// The directive the rule looks at (`proxy_pass`).
    static var directive: String { get }
    static func check(_ match: NginxDirectiveMatch, in config: NginxConfig, context: LintContext) -> [Finding]
}

extension NginxDirectiveRule {
    public static func check(_ config: NginxConfig, in context: LintContext) -> [Finding] {
        config.directives(named: directive).flatMap { check($0, in: config, context: context) }
    }
}

extension NginxDirective {
    /// The header a `proxy_set_header` or `add_header` sets, lowercased (header names
    /// are case-insensitive).
    var headerName: String? { value(at: 0)?.lowercased() }
}
