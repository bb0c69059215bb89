import BerthFormats

/// Flags an EXPOSE port outside 0–65535 or not a number (hadolint DL3011); `rationale` says why it
/// matters.
public enum BL113: DockerfileInstructionRule {
    public static let id = "BL113"
    public static let severity = Severity.error
    public static let summary = "EXPOSE port is not a valid port"
    public static let fix = "Expose a port between 0 and 65535, e.g. EXPOSE 8080 or EXPOSE 53/udp."
    public static let note = "dockerfile"
    public static let rationale = """
        An EXPOSE port outside 0–65535 or not a number (hadolint DL3011): Docker refuses the image, or the \
        port never matches what the program listens on.
        """

    public static func check(_ instruction: DockerfileInstruction) -> [Finding] {
        instruction.exposedPorts.compactMap { port in
            guard port.word.isResolved else { return nil }
            if let first = port.port, let last = port.lastPort, first <= 65535, last <= 65535 { return nil }
            return finding(at: port.word.location, message(port.word.expanded))
        }
    }

    static func message(_ port: String) -> String {
        "\(port) is not a port: ports are numbers from 0 to 65535, optionally /tcp or /udp"
    }
}
