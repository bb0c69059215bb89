extension NginxConfig {
    /// Every directive named `name`, at any depth with includes followed, in the order
    /// nginx reads them, each with the blocks around it.
    public func directives(named name: String) -> [NginxDirectiveMatch] {
        NginxDirectiveMatch.search(directives, enclosing: []) { $0.name == name }
    }

    /// Every directive, depth-first in reading order, each with the blocks around it.
    public func allDirectives() -> [NginxDirectiveMatch] {
        NginxDirectiveMatch.search(directives, enclosing: []) { _ in true }
    }

    /// The statements at the top of the main file, includes followed, named `name`.
    public func topLevel(named name: String) -> [NginxDirective] {
        directives.filter { $0.name == name }
    }

    /// The `name` directives in effect at `match` for a list nginx inherits as a whole
    /// (`proxy_set_header`, `add_header`): `match.inherited(name)`, falling back to the
    /// file's top level, which for a snippet is the `http` or `server` block including it.
    public func inherited(_ name: String, at match: NginxDirectiveMatch) -> [NginxDirective] {
        let found = match.inherited(name)
        return found.isEmpty ? topLevel(named: name) : found
    }

    /// The HTTP `server` blocks in order: those inside `http`, or at the top of a snippet
    /// read in the http context. An `upstream`'s `server` lines are not among them.
    public var servers: [NginxDirectiveMatch] {
        directives(named: "server").filter { match in
            match.directive.isBlock && (match.parent?.name == "http" || (match.parent == nil && context == .http))
        }
    }

    /// The HTTP `upstream` blocks in order.
    public var upstreams: [NginxDirectiveMatch] {
        directives(named: "upstream").filter { match in
            match.directive.isBlock && (match.parent?.name == "http" || (match.parent == nil && context == .http))
        }
    }

    /// The HTTP `upstream` block called `name`.
    public func upstream(named name: String) -> NginxDirective? {
        upstreams.first { $0.directive.value(at: 0) == name }?.directive
    }

    /// The `location` blocks whose path is `path` (`/api/` matches `location /api/` and
    /// `location = /api/`), in order.
    public func locations(_ path: String) -> [NginxDirectiveMatch] {
        directives(named: "location").filter { $0.directive.arguments.last?.value == path }
    }

    /// Whether the main file is a whole nginx.conf rather than a snippet nginx includes:
    /// read in the main context, with an `http` block at its top, or named nginx.conf
    /// without the top-level `server`/`upstream`/`location` blocks that mark a conf.d snippet.
    public var isMainConfig: Bool {
        guard context == .main else { return false }
        if !topLevel(named: "http").isEmpty { return true }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let snippetBlocks: Set<String> = ["server", "upstream", "location"]
        return name == "nginx.conf" && !directives.contains { snippetBlocks.contains($0.name) }
    }
}
