import BerthFormats

/// `kind: nginx-proxy-pass`: requests to a location are passed to a host and port, either
/// directly (`proxy_pass http://backend:5252;`) or through an `upstream` with that server.
///
/// ```yaml
/// kind: nginx-proxy-pass
/// path: proxy/nginx.conf
/// location: /api/             # matches `location /api/`, `location = /api/`, `location ^~ /api/`
/// to: backend:5252            # host[:port]; without a port, any port
/// ```
public struct NginxProxyPassCheck: StaticCheck {
    public static let kind = "nginx-proxy-pass"

    var config: NginxConfigTarget
    public var location: String
    var destination: NginxEndpoint

    public init?(_ fields: inout ManifestFields) {
        let config = NginxConfigTarget(&fields)
        let location = fields.string("location", "the location's path, like /api/")
        let text = fields.string("to", "the host and port requests must reach, like backend:5252")
        let destination = text.flatMap(NginxEndpoint.init)
        if let text, destination == nil, let node = fields.node["to"] {
            fields.invalid(node, "`to:` of \(fields.subject) is a host with an optional port, like backend:5252, not `\(text)`")
        }
        guard let config, let location, let destination else { return nil }
        self.config = config
        self.location = location
        self.destination = destination
    }

    public func evaluate(in repository: StudentRepository) -> CheckOutcome {
        let expected = "`location \(location)` to pass requests to \(destination) with proxy_pass"
        return config.evaluate(in: repository, expected: expected) { parsed in
            let locations = parsed.locations(location)
            guard let firstLocation = locations.first else {
                return .fail(at: config.start, expected: expected, found: NginxBlockPath.missingLocation(location, in: parsed))
            }
            let passes = locations.flatMap { $0.directive.directives(named: "proxy_pass").map(\.directive) }
            guard let first = passes.first else {
                let instead = (firstLocation.directive.block ?? []).first { ["return", "root", "alias", "try_files"].contains($0.name) }
                return .fail(at: firstLocation.directive.location, expected: expected,
                             found: "\(firstLocation.directive.quoted) has no proxy_pass" + (instead.map { "; it has \($0.quoted)" } ?? ""))
            }
            let judged = passes.map { ($0, problem(with: $0, in: parsed)) }
            if let (pass, _) = judged.first(where: { $0.1 == nil }) {
                return .pass(at: pass.location, expected: expected, found: pass.quoted + upstreamWords(pass, in: parsed))
            }
            return .fail(at: first.location, expected: expected, found: "\(first.quoted) \(judged[0].1 ?? "")")
        }
    }

    /// What keeps `pass` from reaching the destination, in words; nil when it reaches it.
    private func problem(with pass: NginxDirective, in config: NginxConfig) -> String? {
        guard let target = pass.proxyTarget else { return "has no address to pass to" }
        if target.usesVariables { return "picks its address at run time from a variable, so where it goes cannot be read from the file" }
        let defaultPort = target.scheme == "https" ? 443 : 80
        if target.port == nil, let upstream = config.upstream(named: target.host) {
            let servers = NginxEndpoint.servers(of: upstream)
            if servers.contains(where: { destination.matches(host: $0.endpoint.host, port: $0.endpoint.port) }) { return nil }
            let listed = servers.map { $0.endpoint.description }.joined(separator: ", ")
            return "goes to the upstream `\(target.host)`, whose servers are \(listed.isEmpty ? "none" : listed), not \(destination)"
        }
        if destination.matches(host: target.host, port: target.port, defaultPort: defaultPort) { return nil }
        if ["localhost", "127.0.0.1", "[::1]"].contains(target.host.lowercased()) {
            return "goes to \(target.host), which inside the proxy's container is the proxy itself: use the service's name, \(destination.host)"
        }
        if target.host.lowercased() == destination.host {
            return "goes to port \(target.port ?? defaultPort), not \(destination.port ?? defaultPort)"
        }
        return "goes to \(target.host)\(target.port.map { ":\($0)" } ?? ""), not \(destination)"
    }

    /// " (upstream `web`: web1:5252, web2:5252)" when the pass goes through an upstream.
    private func upstreamWords(_ pass: NginxDirective, in config: NginxConfig) -> String {
        guard let target = pass.proxyTarget, target.port == nil, let upstream = config.upstream(named: target.host) else { return "" }
        let servers = NginxEndpoint.servers(of: upstream).map { $0.endpoint.description }
        return " (upstream `\(target.host)`: \(servers.joined(separator: ", ")))"
    }
}
