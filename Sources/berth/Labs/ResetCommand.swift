import ArgumentParser
import BerthLabs

/// `berth reset`: forgets a task's result.
struct ResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Forget a task's result and hints, so it is the current task again. Your files are never touched.",
        discussion: """
        Examples:
          berth reset tls       do the tls task again
        """
    )

    @Argument(help: ArgumentHelp("The task to forget: its id or number.", valueName: "task"))
    var task: String

    @OptionGroup var labsOptions: LabsOptions
    @OptionGroup var colorOptions: ColorOptions

    func run() throws {
        var session = try WorkspaceSession.open(labsOptions: labsOptions, colorOptions: colorOptions)
        let chosen = try session.task(named: task)
        let wasDone = session.progress.passed[chosen.id] != nil
        try session.updateProgress {
            $0.passed[chosen.id] = nil
            $0.hintsShown[chosen.id] = nil
        }
        print(wasDone ? "Task \(chosen.id) is no longer done; your files are as they were. Check it again with: berth check \(chosen.id)"
                      : "Task \(chosen.id) was not done; its hints start over.")
    }
}
