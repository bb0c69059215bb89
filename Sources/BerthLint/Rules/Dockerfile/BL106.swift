import BerthFormats

/// Flags CMD, ENTRYPOINT and HEALTHCHECK CMD in shell form (hadolint DL3025); `rationale` says why
/// it matters.
public enum BL106: DockerfileInstructionRule {
    public static let id = "BL106"
    public static let severity = Severity.warning
    public static let summary = "CMD or ENTRYPOINT in shell form"
    public static let fix = "Use the exec form, a JSON array: CMD [\"python\", \"app.py\"]."
    public static let note = "dockerfile"
    public static let rationale = """
        CMD, ENTRYPOINT and HEALTHCHECK CMD in shell form (hadolint DL3025). Docker wraps them in `/bin/sh \
        -c`: for CMD and ENTRYPOINT the shell becomes PID 1, `docker stop`'s SIGTERM never reaches the \
        program, and the container is killed after the timeout instead of shutting down cleanly; a \
        shell-form health check fails in images without a shell.
        """

    public static func check(_ instruction: DockerfileInstruction) -> [Finding] {
        guard instruction.form == .shell else { return [] }
        switch instruction.keyword {
        case "CMD", "ENTRYPOINT":
            let location = instruction.arguments.first?.location ?? instruction.location
            return [finding(at: location, message(instruction.keyword, instruction.text))]
        case "HEALTHCHECK":
            guard let command = instruction.arguments.dropFirst().first else { return [] }
            return [finding(at: command.location, healthcheckMessage(command.raw))]
        default:
            return []
        }
    }

    static func message(_ keyword: String, _ text: String) -> String {
        "\(keyword) \(text) runs under /bin/sh -c, which does not pass on SIGTERM; write \(keyword) \(execForm(text))"
    }

    static func healthcheckMessage(_ text: String) -> String {
        "HEALTHCHECK CMD \(text) needs /bin/sh in the image; write HEALTHCHECK CMD \(execForm(text))"
    }

    /// The shell text as a JSON array, word by word, for the suggested fix.
    private static func execForm(_ text: String) -> String {
        "[" + text.split(separator: " ").map { "\"\($0)\"" }.joined(separator: ", ") + "]"
    }
}
