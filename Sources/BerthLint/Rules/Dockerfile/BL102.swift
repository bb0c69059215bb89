import BerthFormats

/// Flags a RUN that runs `apt-get update` without `rm -rf /var/lib/apt/lists/*` (hadolint DL3009);
/// `rationale` says why it matters.
public enum BL102: DockerfileRule {
    public static let id = "BL102"
    public static let severity = Severity.info
    public static let summary = "apt package lists are not removed"
    public static let fix = "End the RUN that installs packages with && rm -rf /var/lib/apt/lists/*."
    public static let note = "images-and-layers"
    public static let rationale = """
        A RUN that runs `apt-get update` without `rm -rf /var/lib/apt/lists/*` (hadolint DL3009): the \
        package lists stay in the layer, tens of megabytes nobody needs at run time. Like hadolint, only \
        stages that end up in an image count: the final stage, and stages another FROM builds on; a build \
        stage whose files are copied out leaves its lists behind.
        """

    public static func check(_ dockerfile: Dockerfile, in context: LintContext) -> [Finding] {
        let bases = Set(dockerfile.stages.compactMap { $0.base?.repository.lowercased() })
        let lastFrom = dockerfile.finalStage.map { signature($0.fromInstruction) }
        var findings: [Finding] = []
        for stage in dockerfile.stages {
            // hadolint compares whole FROM lines, so a stage identical to the last one counts too.
            let isKept = signature(stage.fromInstruction) == lastFrom
                || stage.name.map { bases.contains($0) } == true
            guard isKept else { continue }
            for run in stage.runs {
                guard let update = run.commands.first(where: isUpdate),
                      !run.commands.contains(where: removesLists) else { continue }
                findings.append(finding(at: update.nameLocation, message(update.name)))
            }
        }
        return findings
    }

    private static func signature(_ from: DockerfileInstruction) -> [String] {
        from.arguments.map(\.raw) + [from.flag("platform")?.value?.raw ?? ""]
    }

    private static func isUpdate(_ command: ShellCommand) -> Bool {
        (command.name == "apt-get" || command.name == "apt") && command.hasArgument("update")
    }

    /// hadolint accepts an `rm` with `-rf` or the lists path among its arguments.
    private static func removesLists(_ command: ShellCommand) -> Bool {
        command.name == "rm" && (command.hasArgument("-rf") || command.hasArgument("/var/lib/apt/lists/*"))
    }

    static func message(_ tool: String) -> String {
        "\(tool) update leaves the package lists in this layer; remove them in the same RUN with rm -rf /var/lib/apt/lists/*"
    }
}
