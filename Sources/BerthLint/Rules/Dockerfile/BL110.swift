import BerthFormats

/// Flags a RUN right after another RUN with the same flags when each runs a single command
/// (hadolint DL3059); `rationale` says why it matters.
public enum BL110: DockerfileRule {
    public static let id = "BL110"
    public static let severity = Severity.info
    public static let summary = "consecutive RUN instructions could be one"
    public static let fix = "Merge the commands into one RUN, joined with &&."
    public static let note = "images-and-layers"
    public static let rationale = """
        A RUN right after another RUN with the same flags when each runs a single command (hadolint DL3059): \
        every RUN is a layer, and two one-command RUNs in a row are one layer split in two. Chains such as \
        `a && b` are left alone, since splitting those was deliberate.
        """

    public static func check(_ dockerfile: Dockerfile, in context: LintContext) -> [Finding] {
        var findings: [Finding] = []
        var previous: DockerfileInstruction?
        for instruction in dockerfile.instructions {
            defer { previous = instruction }
            guard let last = previous, last.keyword == "RUN", instruction.keyword == "RUN",
                  flags(of: last) == flags(of: instruction),
                  last.shellCommands.count <= 1, instruction.shellCommands.count <= 1 else { continue }
            findings.append(finding(at: instruction.location, message(last.location.line)))
        }
        return findings
    }

    private static func flags(of instruction: DockerfileInstruction) -> [String] {
        instruction.flags.map { "\($0.name)=\($0.value?.raw ?? "")" }.sorted()
    }

    static func message(_ line: Int) -> String {
        "this RUN follows the RUN on line \(line); join their commands with && to make one layer"
    }
}
