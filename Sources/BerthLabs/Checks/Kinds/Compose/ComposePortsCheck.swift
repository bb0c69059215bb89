import BerthFormats

/// `kind: compose-ports`: the host ports a service publishes: none at all (a service behind
/// the proxy), or given host ports, each optionally mapped to a given container port.
///
/// ```yaml
/// kind: compose-ports
/// service: nginx
/// published: ["9999:80"]      # or ["9999"] (any container port), or `none`
/// ```
public struct ComposePortsCheck: StaticCheck {
    public static let kind = "compose-ports"

    /// One host port that must be published, and the container port it must reach.
    public struct Mapping: Sendable, Equatable {
        public var host: Int
        public var container: Int?
    }

    var target: ComposeServiceTarget
    /// Empty for `published: none`.
    public var published: [Mapping]

    public init?(_ fields: inout ManifestFields) {
        let target = ComposeServiceTarget(&fields)
        let node = fields.value("published")
        let specs = node?.scalar?.string == "none" ? [] : fields.listOfAtLeastOne("published", "`none` or ports like \"9999:80\"")
        published = (specs ?? []).compactMap(Self.mapping)
        if let node, published.count != (specs ?? []).count {
            fields.invalid(node, "`published:` of \(fields.subject) is `none` or a list of HOST or HOST:CONTAINER ports, like \"9999:80\"")
        }
        guard let target, specs != nil, published.count == specs?.count else { return nil }
        self.target = target
    }

    public func evaluate(in repository: StudentRepository) -> CheckOutcome {
        let expected = published.isEmpty ? "\(target.selector) to publish no host ports"
            : "\(target.selector) to publish " + published.map(Self.words).joined(separator: " and ")
        return target.evaluate(in: repository, expected: expected) { _, service in
            guard !published.isEmpty else {
                guard let first = service.ports.first else {
                    return .pass(at: service.location, expected: expected, found: "`\(service.name)` publishes no host ports")
                }
                return .fail(at: first.location, expected: expected,
                             found: "\(Self.quote(first)) under `ports:` publishes host port \(first.published ?? "(picked by Docker)")")
            }
            for wanted in published {
                guard let port = service.port(publishing: wanted.host) else {
                    return .fail(at: service.location(of: "ports"), expected: expected, found: missing(wanted, in: service))
                }
                if let container = wanted.container, port.target != container {
                    return .fail(at: port.location, expected: expected,
                                 found: "\(Self.quote(port)) maps host port \(wanted.host) to container port \(port.target), not \(container)")
                }
            }
            let quoted = published.compactMap { service.port(publishing: $0.host) }.map(Self.quote)
            return .pass(at: service.location(of: "ports"), expected: expected, found: quoted.joined(separator: ", "))
        }
    }

    /// Why host port `wanted` is not published: no `ports:` at all, other ports, or a
    /// mapping written under `expose:`, which publishes nothing.
    private func missing(_ wanted: Mapping, in service: ComposeService) -> String {
        if let exposed = service.expose.first(where: { $0.value.contains(":") }) {
            return "no `ports:` entry for \(wanted.host); `expose: \"\(exposed.value)\"` holds a mapping, but `expose` only takes container ports and publishes nothing: move it under `ports:`"
        }
        guard !service.ports.isEmpty else { return "`\(service.name)` has no `ports:`" }
        return "no host port \(wanted.host); `ports:` has " + service.ports.map(Self.quote).joined(separator: ", ")
    }

    /// `"9000:80"` as written, or the long form's target and published port.
    static func quote(_ port: ComposePort) -> String {
        if let written = port.shortSyntax?.written { return "`\(written)`" }
        return "`published: \(port.published ?? "(none)"), target: \(port.target)`"
    }

    static func words(_ mapping: Mapping) -> String {
        "host port \(mapping.host)" + (mapping.container.map { " to container port \($0)" } ?? "")
    }

    /// `"9999:80"` or `"9999"` as a mapping; nil when it is not one.
    static func mapping(_ spec: String) -> Mapping? {
        let parts = spec.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...2).contains(parts.count), let host = parts[0], (0...65_535).contains(host) else { return nil }
        guard parts.count == 2 else { return Mapping(host: host, container: nil) }
        guard let container = parts[1], (1...65_535).contains(container) else { return nil }
        return Mapping(host: host, container: container)
    }
}
