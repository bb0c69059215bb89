import BerthFormats

/// Flags `add_header` in a block whose enclosing block also sets headers (gixy's
/// add_header_redefinition). `rationale` says why it matters.
///
/// A snippet's top level counts as the block that includes it.
public enum BL300: NginxRule {
    public static let id = "BL300"
    public static let severity = Severity.warning
    public static let summary = "add_header in a nested block drops the headers of the block around it"
    public static let fix = "Repeat the enclosing block's add_header lines in this block (an include file keeps them in one place)."
    public static let note = "reverse-proxy"
    public static let rationale = """
        nginx inherits `add_header` only into blocks that set none of their own, so the first \
        `add_header` in a `location` silently drops every header the `server` set: security headers and \
        CORS headers vanish for exactly the requests that location serves.
        """

    public static func check(_ config: NginxConfig, in context: LintContext) -> [Finding] {
        let topHeaders = config.topLevel(named: "add_header")
        return config.allDirectives().compactMap { match in
            let own = match.directive.children(named: "add_header")
            guard let first = own.first else { return nil }
            let outerHeaders: [NginxDirective]
            let outerName: String
            if let outer = match.enclosing.last(where: { !$0.children(named: "add_header").isEmpty }) {
                outerHeaders = outer.children(named: "add_header")
                outerName = "the enclosing \(outer.name) block at line \(outer.location.line)"
            } else if !topHeaders.isEmpty {
                outerHeaders = topHeaders
                outerName = "the top of \(config.path) (the \(config.context.rawValue) block that includes it)"
            } else {
                return nil
            }
            let kept = Set(own.compactMap(\.headerName))
            let dropped = outerHeaders.filter { !kept.contains($0.headerName ?? "") }
            guard !dropped.isEmpty else { return nil }
            return finding(at: first.location, message(block: match.directive, outer: outerName, dropped: dropped))
        }
    }

    static func message(block: NginxDirective, outer: String, dropped: [NginxDirective]) -> String {
        let names = dropped.compactMap { $0.value(at: 0) }.joined(separator: ", ")
        return "add_header in this \(block.name) block drops \(names), set by add_header in \(outer): "
            + "nginx inherits add_header only into blocks that set none"
    }
}
