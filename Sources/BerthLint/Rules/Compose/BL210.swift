import BerthFormats

/// Flags a service with both `build:` and an `image:` naming an official image.
/// `rationale` says why.
public enum BL210: ComposeServiceRule {
    public static let id = "BL210"
    public static let severity = Severity.warning
    public static let summary = "build tagged with an official image's name"
    public static let fix = "Name the built image after your project, e.g. `image: myapp-backend:1`, or remove `image:`."
    public static let note = "images-and-layers"
    public static let rationale = """
        The build is tagged with that name, so `ubuntu:latest` (or `nginx`) on this machine is now the \
        student's image: every other `FROM ubuntu` and `image: nginx` gets it. A name of one's own (`softy- \
        pinko-front-end:task4`) is the right way to name a build.
        """

    /// Official Docker Hub images students commonly build from (a data table).
    static let officialImages: Set<String> = [
        "alpine", "amazonlinux", "bash", "busybox", "caddy", "centos", "debian", "eclipse-temurin", "fedora",
        "gcc", "golang", "haproxy", "httpd", "mariadb", "memcached", "mongo", "mysql", "nginx", "node",
        "openjdk", "php", "postgres", "python", "rabbitmq", "redis", "registry", "ruby", "rust", "swift",
        "tomcat", "traefik", "ubuntu", "wordpress", "elasticsearch", "kibana", "logstash", "maven", "gradle",
        "perl", "rockylinux", "almalinux", "oraclelinux", "archlinux", "docker", "valkey", "haskell", "julia",
        "erlang", "elixir", "clojure", "composer", "drupal", "ghost", "nextcloud", "jenkins", "sonarqube",
    ]

    public static func check(_ service: ComposeService, in compose: ComposeFile, context: LintContext) -> [Finding] {
        guard service.build != nil, let image = service.image, let repository = service.imageName,
              officialImages.contains(repository), isLibraryReference(image.value) else { return [] }
        return [finding(at: image.location, message(service.name, image.value))]
    }

    /// True for `name`, `name:tag`, `library/name` and `docker.io/library/name`: Docker Hub's official namespace.
    static func isLibraryReference(_ image: String) -> Bool {
        let path = image.split(separator: ":").first.map(String.init) ?? image
        let parts = path.split(separator: "/")
        switch parts.count {
        case 1: return true
        case 2: return parts[0] == "library"
        case 3: return parts[0] == "docker.io" && parts[1] == "library"
        default: return false
        }
    }

    static func message(_ service: String, _ image: String) -> String {
        "service `\(service)` builds its own image and tags it `\(image)`, replacing the official image on this machine"
    }
}
