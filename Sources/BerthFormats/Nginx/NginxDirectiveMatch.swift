/// A directive found by a search, with the blocks that enclose it, outermost first
/// (`http`, `server`, `location`): enough to ask what applies at that point.
public struct NginxDirectiveMatch: Hashable, Sendable {
    public var directive: NginxDirective
    /// The blocks around the directive, outermost first.
    public var enclosing: [NginxDirective]

    public init(directive: NginxDirective, enclosing: [NginxDirective]) {
        self.directive = directive
        self.enclosing = enclosing
    }

    /// The block the directive stands in, or nil at the top of the file.
    public var parent: NginxDirective? { enclosing.last }

    /// The innermost enclosing block named `name` (`server` for a `location`).
    public func nearest(_ name: String) -> NginxDirective? {
        enclosing.last { $0.name == name }
    }

    /// The `name` directives in effect at this point for a directive nginx inherits as a
    /// whole list (`proxy_set_header`, `add_header`): those of the innermost block, this
    /// directive's own block first, that sets any, because setting one drops every inherited one.
    public func inherited(_ name: String) -> [NginxDirective] {
        let blocks = enclosing + (directive.isBlock ? [directive] : [])
        for block in blocks.reversed() {
            let found = block.children(named: name)
            if !found.isEmpty { return found }
        }
        return []
    }

    /// Depth-first, in file order: every directive under `directives` that `matches`.
    static func search(_ directives: [NginxDirective], enclosing: [NginxDirective],
                       where matches: (NginxDirective) -> Bool) -> [NginxDirectiveMatch] {
        var found: [NginxDirectiveMatch] = []
        collect(directives, enclosing: enclosing, into: &found, where: matches)
        return found
    }

    private static func collect(_ directives: [NginxDirective], enclosing: [NginxDirective],
                                into found: inout [NginxDirectiveMatch], where matches: (NginxDirective) -> Bool) {
        for directive in directives {
            if matches(directive) { found.append(NginxDirectiveMatch(directive: directive, enclosing: enclosing)) }
            if let block = directive.block {
                collect(block, enclosing: enclosing + [directive], into: &found, where: matches)
            }
        }
    }
}
