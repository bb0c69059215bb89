import BerthFormats

/// Flags a service mounting a named volume that the top-level `volumes:` does not
/// declare. `rationale` says why.
public enum BL206: ComposeServiceRule {
    public static let id = "BL206"
    public static let severity = Severity.error
    public static let summary = "named volume not declared"
    public static let fix = "Declare it under the top-level `volumes:` (`volumes: {db-data: {}}`), or write `./name` for a folder beside the compose file."
    public static let note = "volumes"
    public static let rationale = """
        Compose refuses the file ("refers to undefined volume"); often the name was meant as a path and \
        lacks its `./`.
        """

    public static func check(_ service: ComposeService, in compose: ComposeFile, context: LintContext) -> [Finding] {
        service.volumes.compactMap { mount in
            guard let name = mount.volumeName, compose.volume(named: name) == nil else { return nil }
            return finding(at: mount.location, message(service.name, name))
        }
    }

    static func message(_ service: String, _ volume: String) -> String {
        "service `\(service)` mounts volume `\(volume)`, which the top-level `volumes:` does not declare"
    }
}
