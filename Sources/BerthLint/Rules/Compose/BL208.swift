import BerthFormats

/// Flags passwords, secrets and tokens written out in a service's `environment`.
/// `rationale` says why.
public enum BL208: ComposeServiceRule {
    public static let id = "BL208"
    public static let severity = Severity.warning
    public static let summary = "credential written in plain `environment`"
    public static let fix = "Take it from the environment (`DB_PASS: ${DB_PASS}` with the value in an untracked .env), an env_file, or a `secrets:` file (`POSTGRES_PASSWORD_FILE: /run/secrets/db-password`)."
    public static let note = "runtime-settings"
    public static let rationale = """
        The compose file is committed, so the credential is in the repository's history for good, and \
        `docker inspect` shows it to anyone on the host.
        """

    /// Name parts that mark a credential (`DB_PASS`, `POSTGRES_PASSWORD`, `API_TOKEN`).
    static let markers: Set<String> = ["PASSWORD", "PASSWD", "PASS", "PWD", "PW", "SECRET", "TOKEN", "APIKEY"]

    public static func check(_ service: ComposeService, in compose: ComposeFile, context: LintContext) -> [Finding] {
        service.environment.compactMap { variable in
            guard variable.origin == .environment, variable.isLiteral, let value = variable.value, !value.isEmpty,
                  isCredential(variable.name) else { return nil }
            return finding(at: variable.valueLocation, message(variable.name))
        }
    }

    /// True for names with a credential part, except `…_FILE` (a path to a secret, the right way).
    static func isCredential(_ name: String) -> Bool {
        let parts = name.uppercased().split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == "." }).map(String.init)
        guard parts.last != "FILE" else { return false }
        return parts.contains { markers.contains($0) || $0.hasSuffix("PASSWORD") || $0.hasSuffix("SECRET") }
    }

    static func message(_ name: String) -> String {
        "\(name) is written in the compose file, so the credential is in the repository"
    }
}
