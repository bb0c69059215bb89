/// The kinds of file berth lints, recognised by name the way the real tools find them.
public enum ConfigKind: String, Sendable, Hashable, CaseIterable, Codable {
    case dockerfile, compose, nginx

    /// The kind a file name stands for, if any. nginx configs are recognised by name
    /// (`nginx.conf`, `*.conf` under an nginx-looking folder) or by content (see `RepositoryScanner`).
    public static func byName(_ name: String) -> ConfigKind? {
        let lower = name.lowercased()
        if lower == "dockerfile" || lower == "containerfile" || lower.hasPrefix("dockerfile.")
            || lower.hasSuffix(".dockerfile") {
            return .dockerfile
        }
        let composeNames = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"]
        if composeNames.contains(lower)
            || ((lower.hasPrefix("docker-compose.") || lower.hasPrefix("compose."))
                && (lower.hasSuffix(".yml") || lower.hasSuffix(".yaml"))) {
            return .compose
        }
        if lower == "nginx.conf" { return .nginx }
        return nil
    }
}
