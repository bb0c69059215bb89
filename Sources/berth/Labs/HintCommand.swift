import ArgumentParser
import BerthLabs

/// `berth hint`: the next hint of a task.
struct HintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hint",
        abstract: "Show the next hint of a task, least revealing first.",
        discussion: """
        Each time you ask, berth shows the hints so far and one more, until none are left.

        Examples:
          berth hint            the next hint of the current task
          berth hint cors       the next hint of task cors
        """
    )

    @Argument(help: ArgumentHelp("The task: its id or number; the current task by default.", valueName: "task"))
    var task: String?

    @OptionGroup var labsOptions: LabsOptions
    @OptionGroup var colorOptions: ColorOptions

    func run() throws {
        var session = try WorkspaceSession.open(labsOptions: labsOptions, colorOptions: colorOptions)
        let chosen = try session.task(named: task)
        print(try session.showNextHint(of: chosen), terminator: "")
    }
}
