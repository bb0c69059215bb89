import BerthFormats

/// Flags ENV and ARG that set a password, token or key to a literal value; `rationale` says why it
/// matters.
public enum BL116: DockerfileInstructionRule {
    public static let id = "BL116"
    public static let severity = Severity.error
    public static let summary = "secret written into the image"
    public static let fix = "Pass secrets at run time (compose environment or secrets), or use RUN --mount=type=secret while building."
    public static let note = "runtime-settings"
    public static let rationale = """
        ENV and ARG that set a password, token or key to a literal value: ENV is stored in the image and ARG \
        in its history, so anyone who can pull the image can read the secret.
        """

    /// Name parts that mark a secret (`DB_PASSWORD`, `GITHUB_TOKEN`).
    static let secretParts: Set<String> = ["PASSWORD", "PASSWD", "PASS", "SECRET", "TOKEN", "APIKEY", "CREDENTIALS"]
    /// Adjacent name parts that mark a secret (`API_KEY`, `AWS_SECRET_ACCESS_KEY`).
    static let secretPairs: Set<String> = ["API KEY", "ACCESS KEY", "PRIVATE KEY", "SECRET KEY", "AUTH KEY"]
    /// Last name parts that mean the value only points at a secret (`POSTGRES_PASSWORD_FILE`).
    static let referenceParts: Set<String> = ["FILE", "PATH", "DIR", "URL", "NAME", "USER", "ID"]

    public static func check(_ instruction: DockerfileInstruction) -> [Finding] {
        guard instruction.keyword == "ENV" || instruction.keyword == "ARG" else { return [] }
        return instruction.variables.compactMap { variable in
            guard isSecret(variable.name), let value = variable.value, !value.expanded.isEmpty,
                  !value.raw.droppingQuotes.hasPrefix("$") else { return nil }
            return finding(at: value.location, message(instruction.keyword, variable.name))
        }
    }

    static func isSecret(_ name: String) -> Bool {
        let parts = name.uppercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        guard let last = parts.last, !referenceParts.contains(last) else { return false }
        if parts.contains(where: secretParts.contains) { return true }
        return zip(parts, parts.dropFirst()).contains { secretPairs.contains("\($0) \($1)") }
    }

    static func message(_ keyword: String, _ name: String) -> String {
        "\(keyword) \(name) writes a secret into the image, where anyone who pulls it can read it; pass it at run time instead"
    }
}
