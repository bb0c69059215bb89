import BerthFormats

/// Flags `apt-get install` without `-y` (hadolint DL3014); `rationale` says why it matters.
public enum BL103: DockerfileInstructionRule {
    public static let id = "BL103"
    public static let severity = Severity.warning
    public static let summary = "apt-get install without -y"
    public static let fix = "Add -y: RUN apt-get install -y <package>."
    public static let note = "dockerfile"
    public static let rationale = """
        `apt-get install` without `-y` (hadolint DL3014): the build has no one to answer apt's "Do you want \
        to continue?", so it aborts as soon as a package pulls in another.
        """

    public static func check(_ instruction: DockerfileInstruction) -> [Finding] {
        guard let run = instruction.run,
              let command = run.commands.first(where: { $0.isAptGetInstall && !$0.hasFlag("y", "yes", "q", "assume-yes") })
        else { return [] }
        return [finding(at: command.argument("install")?.location ?? command.nameLocation, message)]
    }

    static let message = "apt-get install without -y stops at apt's confirmation prompt, which nobody answers during a build"
}
