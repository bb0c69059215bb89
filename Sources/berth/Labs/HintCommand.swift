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
        guard !chosen.hints.isEmpty else {
            print("Task \(chosen.id) has no hints. Read it again with: berth show \(chosen.id)")
            return
        }
        let shown = session.progress.hintsShown[chosen.id] ?? 0
        let count = min(shown + 1, chosen.hints.count)
        if count > shown {
            try session.updateProgress { $0.hintsShown[chosen.id] = count }
        }
        let style = session.style
        for (index, hint) in chosen.hints.prefix(count).enumerated() {
            let label = "Hint \(index + 1) of \(chosen.hints.count):"
            print("\(index + 1 == count ? style.bold(label) : style.dim(label)) \(hint)")
        }
        if shown >= chosen.hints.count {
            let note = chosen.notes.first.map { "; the note explains the rest: berth notes \($0)" } ?? ""
            print(style.dim("That was the last hint\(note)."))
        }
    }
}
