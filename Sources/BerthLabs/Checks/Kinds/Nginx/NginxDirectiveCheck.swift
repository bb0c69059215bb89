import BerthFormats

/// `kind: nginx-directive`: the config has a directive, optionally in given blocks, with
/// given arguments or text. Settings nginx inherits (`ssl_protocols`, `limit_req_status`…)
/// count when written in an enclosing block; `listen`, `return`, `proxy_pass` and the
/// like only where they stand.
///
/// ```yaml
/// kind: nginx-directive
/// path: proxy/nginx.conf
/// directive: ssl_protocols
/// in: server[listen=443]       # optional: server, server/location /api/, …
/// arguments: [TLSv1.2, TLSv1.3]  # optional: exactly these words, in any order
/// contains: https://            # optional: text within the arguments
/// ```
/// For `listen`, `arguments: [9000]` matches any address on port 9000 (`[::]:9000`), and
/// further words (`ssl`) must be among its parameters.
public struct NginxDirectiveCheck: StaticCheck {
    public static let kind = "nginx-directive"

    /// Directives that apply only where they are written; the rest are inherited by inner blocks.
    static let notInherited: Set<String> = [
        "listen", "server_name", "return", "rewrite", "proxy_pass", "fastcgi_pass", "grpc_pass", "uwsgi_pass",
        "scgi_pass", "try_files", "alias", "if", "location", "server", "upstream", "limit_except", "include",
    ]

    var config: NginxConfigTarget
    public var directive: String
    var scope: NginxBlockPath?
    public var arguments: [String]?
    public var contains: String?

    public init?(_ fields: inout ManifestFields) {
        let config = NginxConfigTarget(&fields)
        let directive = fields.string("directive", "the directive's name, like listen")
        if let text = fields.optionalString("in") {
            scope = NginxBlockPath(text)
            if scope == nil, let node = fields.node["in"] {
                fields.invalid(node, "`in:` of \(fields.subject) is a path of blocks like `server` or `server/location /api/`, not `\(text)`")
            }
        }
        arguments = fields.has("arguments") ? fields.strings("arguments") : nil
        contains = fields.optionalString("contains")
        guard let config, let directive, scope != nil || !fields.has("in") else { return nil }
        self.config = config
        self.directive = directive
    }

    public func evaluate(in repository: StudentRepository) -> CheckOutcome {
        var expected = arguments.map { "`" + ([directive] + $0).joined(separator: " ") + ";`" } ?? "`\(directive)`"
        if let contains { expected += " containing `\(contains)`" }
        if let scope { expected += " in \(scope)" }
        return config.evaluate(in: repository, expected: expected) { parsed in
            var candidates: [(directive: NginxDirective, inheritedFrom: NginxDirective?)] = []
            var place = config.start
            if let scope {
                let scopes = scope.scopes(in: parsed)
                guard !scopes.isEmpty else {
                    return .fail(at: config.start, expected: expected, found: scope.missing(in: parsed))
                }
                place = scopes[0].block?.location ?? place
                candidates = scopes.flatMap { found(in: $0, config: parsed) }
            } else {
                candidates = parsed.directives(named: directive).map { ($0.directive, nil) }
            }
            guard let first = candidates.first else {
                return .fail(at: place, expected: expected, found: missing(in: parsed))
            }
            if let match = candidates.first(where: { satisfies($0.directive) }) {
                return .pass(at: match.directive.location, expected: expected, found: Self.describe(match))
            }
            return .fail(at: first.directive.location, expected: expected, found: Self.describe(first))
        }
    }

    /// The directives in `scope`: its own, else (for inherited settings) the innermost enclosing block's.
    private func found(in scope: NginxScope, config: NginxConfig) -> [(directive: NginxDirective, inheritedFrom: NginxDirective?)] {
        let own = scope.directives.filter { $0.name == directive }
        guard own.isEmpty, !Self.notInherited.contains(directive), scope.block != nil else { return own.map { ($0, nil) } }
        for block in scope.enclosing.dropLast().reversed() {
            let inherited = block.children(named: directive)
            if !inherited.isEmpty { return inherited.map { ($0, block) } }
        }
        return config.topLevel(named: directive).map { ($0, nil) }
    }

    private func satisfies(_ candidate: NginxDirective) -> Bool {
        if let arguments {
            if candidate.name == "listen", let listen = NginxListen(candidate), let port = arguments.first.flatMap({ Int($0) }) {
                guard listen.port == port || (listen.portRange?.contains(port) ?? false) else { return false }
                guard Set(arguments.dropFirst()).isSubset(of: listen.parameters) else { return false }
            } else if candidate.values.sorted() != arguments.sorted() {
                return false
            }
        }
        if let contains, !candidate.values.joined(separator: " ").contains(contains) { return false }
        return true
    }

    /// Why the directive is nowhere, naming a near miss (`ssl_protocol` for `ssl_protocols`).
    private func missing(in config: NginxConfig) -> String {
        let names = Array(Set(config.allDirectives().map(\.directive.name))).sorted()
        let place = scope.map { " in \($0)" } ?? " in \(config.path)"
        if let close = NameSuggestion.closest(to: directive, among: names), close != directive {
            return "`\(close)`\(place) (the task asks for `\(directive)`)"
        }
        return "no `\(directive)`\(place)"
    }

    static func describe(_ candidate: (directive: NginxDirective, inheritedFrom: NginxDirective?)) -> String {
        guard let block = candidate.inheritedFrom else { return candidate.directive.quoted }
        return "\(candidate.directive.quoted), inherited from the enclosing \(block.quoted)"
    }
}
