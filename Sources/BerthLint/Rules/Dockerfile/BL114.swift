import BerthFormats

/// Flags `apt-get update` in a RUN that installs nothing; `rationale` says why it matters.
public enum BL114: DockerfileInstructionRule {
    public static let id = "BL114"
    public static let severity = Severity.warning
    public static let summary = "apt-get update runs without an install in the same RUN"
    public static let fix = "Update and install in one RUN: RUN apt-get update && apt-get install -y <package>."
    public static let note = "images-and-layers"
    public static let rationale = """
        `apt-get update` in a RUN that installs nothing: Docker caches that layer, so a later RUN's `apt-get \
        install` keeps using the package lists of the day the cache was made, and fails once the mirrors \
        drop those versions.
        """

    static let installing: Set<String> = ["install", "upgrade", "dist-upgrade", "full-upgrade", "build-dep", "source"]

    public static func check(_ instruction: DockerfileInstruction) -> [Finding] {
        guard let run = instruction.run else { return [] }
        let apt = run.commands.filter { $0.name == "apt-get" || $0.name == "apt" }
        guard let update = apt.first(where: { $0.hasArgument("update") }),
              !apt.contains(where: { $0.operands.contains { installing.contains($0.text) } }) else { return [] }
        return [finding(at: update.nameLocation, message(update.name))]
    }

    static func message(_ tool: String) -> String {
        "\(tool) update is alone in this RUN, so later installs reuse a cached, stale package list; "
            + "run it in the same RUN as the install"
    }
}
