import BerthFormats

/// Flags `apt-get install` without `--no-install-recommends` (hadolint DL3015); `rationale` says
/// why it matters.
public enum BL104: DockerfileInstructionRule {
    public static let id = "BL104"
    public static let severity = Severity.info
    public static let summary = "apt-get install pulls in recommended packages"
    public static let fix = "Add --no-install-recommends: RUN apt-get install -y --no-install-recommends <package>."
    public static let note = "images-and-layers"
    public static let rationale = """
        `apt-get install` without `--no-install-recommends` (hadolint DL3015): apt then adds every \
        recommended package too, often doubling the image for tools nothing uses.
        """

    public static func check(_ instruction: DockerfileInstruction) -> [Finding] {
        guard let run = instruction.run,
              let command = run.commands.first(where: { $0.isAptGetInstall && !skipsRecommends($0) }) else { return [] }
        return [finding(at: command.argument("install")?.location ?? command.nameLocation, message)]
    }

    private static func skipsRecommends(_ command: ShellCommand) -> Bool {
        command.hasFlag("no-install-recommends") || command.hasArgument("APT::Install-Recommends=false")
    }

    static let message = "apt-get install also installs every recommended package; add --no-install-recommends to keep the image small"
}
