/// A parsed compose file: its services in file order, the top-level networks, volumes,
/// secrets and configs, and every problem found while reading it.
///
/// Built by `ComposeFile.load(path:reader:environment:)` or `ComposeFile.parse(_:environment:)`,
/// which never throw: what could not be read is in `errors`, the rest is modelled.
public struct ComposeFile: Sendable {
    /// The path as shown to the user.
    public var path: String
    /// The absolute directory relative paths resolve against (the project directory).
    public var directory: String
    /// The project name: `COMPOSE_PROJECT_NAME`, else `name:`, else the directory's name.
    public var projectName: String
    /// The obsolete top-level `version:`, kept so a rule can point at it.
    public var version: ComposeValue<String>?
    /// The top-level `name:`.
    public var name: ComposeValue<String>?
    public var services: [ComposeService] = []
    public var networks: [ComposeResource] = []
    public var volumes: [ComposeResource] = []
    public var secrets: [ComposeResource] = []
    public var configs: [ComposeResource] = []
    /// The whole document as written (nil when it could not be read or parsed).
    public var root: ComposeNode?
    /// Problems found, in file order; warnings (unknown keys, unset variables) included.
    public internal(set) var errors: [ParseError] = []
    /// Profiles enabled by `COMPOSE_PROFILES`; services in other profiles are left out of `json()`.
    var activeProfiles: Set<String> = []

    init(path: String, directory: String, projectName: String) {
        self.path = path
        self.directory = directory
        self.projectName = projectName
    }

    /// True when the file itself could not be read or decoded, so there is no model at all.
    public var isUnreadable: Bool {
        root == nil && errors.contains {
            $0.location.file == path && [.unreadable, .outsideRepository, .tooLarge, .invalidEncoding].contains($0.kind)
        }
    }

    /// True when an error (not just a warning) was found.
    public var hasErrors: Bool { errors.contains { $0.severity == .error } }

    /// The service called `name`.
    public func service(named name: String) -> ComposeService? { services.first { $0.name == name } }

    /// The service names in file order.
    public var serviceNames: [String] { services.map(\.name) }

    /// The top-level volume declared as `name`.
    public func volume(named name: String) -> ComposeResource? { volumes.first { $0.name == name } }

    /// The top-level network declared as `name`.
    public func network(named name: String) -> ComposeResource? { networks.first { $0.name == name } }

    /// Services that look like the stack's entry point: a reverse-proxy image that publishes ports.
    ///
    /// Only the image is known here; a proxy built from a Dockerfile is recognised by
    /// callers that can read its build context.
    public var proxyServiceNames: Set<String> {
        Set(services.filter { service in
            service.publishesPorts && (service.imageName.map(ComposeFile.isProxyImage) ?? false)
        }.map(\.name))
    }

    /// True for images of reverse proxies and load balancers (`nginx`, `nginx:1.27-alpine`,
    /// `nginxinc/nginx-unprivileged`, `openresty/openresty`, `traefik`, `caddy`, `haproxy`, `envoy`).
    public static func isProxyImage(_ repository: String) -> Bool {
        let name = ComposeService.repositoryName(of: repository)
        return name.hasPrefix("nginx") || ["openresty", "traefik", "caddy", "haproxy", "envoy"].contains(name)
    }

    /// The services `json()` prints: those without profiles, or in an active one.
    var enabledServices: [ComposeService] {
        services.filter { service in
            service.profiles.isEmpty || activeProfiles.contains("*")
                || service.profiles.contains { activeProfiles.contains($0.value) }
        }
    }

    /// Compose's project name rule: lowercase letters, digits, `-` and `_`, starting with a letter or digit.
    /// A name with nothing left (text parsed from memory has no directory) becomes `default`.
    static func normalizedProjectName(_ text: String) -> String {
        let kept = text.lowercased().unicodeScalars.filter {
            ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
        let name = String(String.UnicodeScalarView(kept.drop { $0 == "-" || $0 == "_" }))
        return name.isEmpty ? "default" : name
    }
}
