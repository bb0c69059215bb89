/// One service of a compose file, with typed accessors for what the lab checks and
/// lint rules ask about, each carrying where it was written.
public struct ComposeService: Sendable {
    /// The service's name, where its key was written.
    public var name: String
    public var location: SourceLocation
    /// The service's mapping as written, for questions the typed fields do not answer.
    public var node: ComposeNode

    public var image: ComposeValue<String>?
    public var build: ComposeBuild?
    public var containerName: ComposeValue<String>?
    public var command: ComposeCommand?
    public var entrypoint: ComposeCommand?
    /// `ports`, expanded to one entry per port (a range gives several).
    public var ports: [ComposePort] = []
    /// `expose`, as written (each should be a container port like "5252").
    public var expose: [ComposeValue<String>] = []
    /// The container's environment: env_files then `environment`, bare names resolved.
    public var environment: [ComposeEnvironmentEntry] = []
    public var envFiles: [ComposeEnvFile] = []
    public var volumes: [ComposeMount] = []
    public var dependsOn: [ComposeDependency] = []
    public var healthcheck: ComposeHealthcheck?
    public var restart: ComposeValue<String>?
    /// `deploy.replicas`.
    public var replicas: ComposeValue<Int>?
    /// The `scale` key (older than `deploy.replicas`).
    public var scale: ComposeValue<Int>?
    /// The networks joined, sorted by name; empty means the project's default network.
    public var networks: [ComposeServiceNetwork] = []
    public var networkMode: ComposeValue<String>?
    public var profiles: [ComposeValue<String>] = []
    public var secrets: [ComposeFileReference] = []
    public var configs: [ComposeFileReference] = []
    public var links: [ComposeLink] = []
    public var user: ComposeValue<String>?
    public var workingDirectory: ComposeValue<String>?
    /// Keys printed by their schema shape rather than a typed field, already normalised.
    var normalized: [String: JSONValue] = [:]

    init(name: String, location: SourceLocation, node: ComposeNode) {
        self.name = name
        self.location = location
        self.node = node
    }

    /// How many containers Compose starts: `scale`, else `deploy.replicas`, else 1.
    public var instanceCount: Int { scale?.value ?? replicas?.value ?? 1 }

    /// True when the service publishes any port on the host (`"80"` alone publishes on a random host port).
    public var publishesPorts: Bool { !ports.isEmpty }

    /// The `ports` entry publishing host port `port`, if any.
    public func port(publishing port: Int) -> ComposePort? { ports.first { $0.publishes(port) } }

    /// The environment variable `name`, if the container gets it.
    public func environmentVariable(_ name: String) -> ComposeEnvironmentEntry? {
        environment.first { $0.name == name }
    }

    /// The `depends_on` entry for `service`, if any.
    public func dependency(on service: String) -> ComposeDependency? {
        dependsOn.first { $0.service.value == service }
    }

    /// True when the service joins the project's `default` network: it names no networks,
    /// sets no `network_mode` and is not a `provider` service (which runs no container).
    public var usesDefaultNetwork: Bool { networks.isEmpty && networkMode == nil && node["provider"] == nil }

    /// True when a health check is defined and not disabled.
    public var hasHealthcheck: Bool { healthcheck?.isEnabled ?? false }

    /// The image name without registry, tag or digest, lowercased (`library/nginx:1.25` → `nginx`).
    public var imageName: String? {
        guard let image = image?.value else { return nil }
        return ComposeService.repositoryName(of: image)
    }

    /// The tag of `image` (`latest` when none is written); nil for a digest or no image.
    public var imageTag: String? {
        guard let image = image?.value, !image.contains("@") else { return nil }
        let lastPart = image.split(separator: "/").last.map(String.init) ?? image
        guard let colon = lastPart.lastIndex(of: ":") else { return "latest" }
        return String(lastPart[lastPart.index(after: colon)...])
    }

    /// `repository` of `registry/namespace/repository:tag@digest`, lowercased.
    static func repositoryName(of image: String) -> String {
        var reference = Substring(image)
        if let at = reference.firstIndex(of: "@") { reference = reference[..<at] }
        var last = reference.split(separator: "/").last ?? reference
        if let colon = last.lastIndex(of: ":") { last = last[..<colon] }
        return last.lowercased()
    }
}
