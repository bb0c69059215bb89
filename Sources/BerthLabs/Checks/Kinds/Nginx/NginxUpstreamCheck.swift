import BerthFormats

/// `kind: nginx-upstream`: an `upstream` block (optionally a named one) lists given servers,
/// or at least a number of `server` lines.
///
/// ```yaml
/// kind: nginx-upstream
/// path: nginx.conf
/// name: web                   # optional
/// servers: [web1:5252, web2:5252, web3:5252]   # optional: all in one upstream
/// minimum: 3                  # optional: the least number of server lines
/// ```
/// One `server backend:5252;` line counts as one server, even when Docker's DNS answers that
/// name with several replicas: spreading over those is a live matter.
public struct NginxUpstreamCheck: StaticCheck {
    public static let kind = "nginx-upstream"

    var config: NginxConfigTarget
    public var name: String?
    var servers: [NginxEndpoint]
    public var minimum: Int?

    public init?(_ fields: inout ManifestFields) {
        let config = NginxConfigTarget(&fields)
        name = fields.optionalString("name")
        let written = fields.strings("servers")
        servers = written.compactMap(NginxEndpoint.init)
        if servers.count != written.count, let node = fields.node["servers"] {
            fields.invalid(node, "`servers:` of \(fields.subject) lists hosts with optional ports, like web1:5252")
        }
        minimum = fields.integer("minimum", in: 1...1_000)
        guard let config, servers.count == written.count, minimum != nil || !fields.has("minimum") else { return nil }
        self.config = config
    }

    public func evaluate(in repository: StudentRepository) -> CheckOutcome {
        var expected = name.map { "an `upstream \($0)`" } ?? "an `upstream` block"
        if !servers.isEmpty { expected += " with the servers " + servers.map(\.description).joined(separator: ", ") }
        if let minimum { expected += (servers.isEmpty ? " with" : " and") + " at least \(minimum) server lines" }
        return config.evaluate(in: repository, expected: expected) { parsed in
            let upstreams = parsed.upstreams.map(\.directive).filter { name == nil || $0.value(at: 0) == name }
            guard !upstreams.isEmpty else {
                return .fail(at: config.start, expected: expected, found: missing(in: parsed))
            }
            let judged = upstreams.map { upstream in (upstream, problem(with: upstream)) }
            if let (upstream, _) = judged.first(where: { $0.1 == nil }) {
                return .pass(at: upstream.location, expected: expected, found: Self.describe(upstream))
            }
            // The upstream that comes closest is the one the student meant.
            let closest = judged.min { missingCount($0.0) < missingCount($1.0) } ?? judged[0]
            return .fail(at: closest.0.location, expected: expected, found: "\(Self.describe(closest.0)); \(closest.1 ?? "")")
        }
    }

    private func problem(with upstream: NginxDirective) -> String? {
        let present = NginxEndpoint.servers(of: upstream)
        let absent = servers.filter { wanted in !present.contains { wanted.matches(host: $0.endpoint.host, port: $0.endpoint.port) } }
        if !absent.isEmpty { return "no " + absent.map(\.description).joined(separator: ", ") }
        let lines = upstream.children(named: "server").count
        if let minimum, lines < minimum {
            return "\(lines) server line\(lines == 1 ? "" : "s"), fewer than \(minimum); a name Docker's DNS resolves to several replicas still counts as one line here"
        }
        return nil
    }

    private func missingCount(_ upstream: NginxDirective) -> Int {
        let present = NginxEndpoint.servers(of: upstream)
        return servers.filter { wanted in !present.contains { wanted.matches(host: $0.endpoint.host, port: $0.endpoint.port) } }.count
    }

    private func missing(in config: NginxConfig) -> String {
        let names = config.upstreams.compactMap { $0.directive.value(at: 0) }
        guard !names.isEmpty else { return "no `upstream` block in \(config.path)" }
        if let name, let close = NameSuggestion.closest(to: name, among: names) {
            return "`upstream \(close)` (the task asks for `upstream \(name)`)"
        }
        return "no `upstream \(name ?? "")`; the upstreams are " + names.map { "`\($0)`" }.joined(separator: ", ")
    }

    /// "`upstream web { … }` with server web1:5252, web2:5252".
    static func describe(_ upstream: NginxDirective) -> String {
        let lines = upstream.children(named: "server").map { $0.values.joined(separator: " ") }
        return "\(upstream.quoted) with " + (lines.isEmpty ? "no server lines" : "server " + lines.joined(separator: ", "))
    }
}
