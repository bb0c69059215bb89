import BerthFormats

/// Flags `cd` inside RUN (hadolint DL3003); `rationale` says why it matters.
public enum BL108: DockerfileInstructionRule {
    public static let id = "BL108"
    public static let severity = Severity.warning
    public static let summary = "cd used in RUN"
    public static let fix = "Use WORKDIR /path before the RUN instead of cd."
    public static let note = "dockerfile"
    public static let rationale = """
        `cd` inside RUN (hadolint DL3003): the directory change ends with the RUN, so the next instruction \
        is back where it started; WORKDIR changes it for every later instruction.
        """

    public static func check(_ instruction: DockerfileInstruction) -> [Finding] {
        guard let run = instruction.run, let cd = run.commands.first(where: { $0.name == "cd" }) else { return [] }
        return [finding(at: cd.nameLocation, message)]
    }

    static let message = "cd only lasts until the end of this RUN; use WORKDIR to change directory"
}
