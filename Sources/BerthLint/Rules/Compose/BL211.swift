import BerthFormats

/// Flags `depends_on` and `links` naming a service the file does not define.
/// `rationale` says why.
public enum BL211: ComposeServiceRule {
    public static let id = "BL211"
    public static let severity = Severity.error
    public static let summary = "reference to an undefined service"
    public static let fix = "Use the exact name of a service under `services:`."
    public static let note = "compose"
    public static let rationale = """
        Compose refuses the file ("depends on undefined service"); usually the service was renamed \
        (`backend` → `back-end`) and one reference was missed.
        """

    public static func check(_ service: ComposeService, in compose: ComposeFile, context: LintContext) -> [Finding] {
        let names = compose.serviceNames
        let references = service.dependsOn.map { ("depends_on", $0.service) } + service.links.map { ("links", $0.service) }
        return references.compactMap { key, reference in
            guard !names.contains(reference.value) else { return nil }
            return finding(at: reference.location, message(service.name, key, reference.value, names: names))
        }
    }

    static func message(_ service: String, _ key: String, _ reference: String, names: [String]) -> String {
        let known = names.map { "`\($0)`" }.joined(separator: ", ")
        return "`\(key)` of service `\(service)` names `\(reference)`, which is not a service here (services: \(known))"
    }
}
