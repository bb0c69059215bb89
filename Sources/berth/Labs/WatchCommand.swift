import ArgumentParser
import BerthLabs
import Foundation

/// `berth watch`: the current task re-checked on every save.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Re-check the current task every time you save a file.",
        discussion: """
        Leave it running in a terminal beside your editor: each save re-runs the current \
        task's checks (nothing is run or changed in your files). When a task passes, it is \
        recorded and berth watch moves on to the next one.

        Keys while watching:
          n   go on to the next task        h   the next hint
          l   every task and its state      c   check every task
          q   quit (Ctrl-C works too)

        Examples:
          berth watch
          berth watch --color never
        """
    )

    @OptionGroup var labsOptions: LabsOptions
    @OptionGroup var colorOptions: ColorOptions

    func run() throws {
        let session = try WorkspaceSession.open(labsOptions: labsOptions, colorOptions: colorOptions)
        var watch = try WatchSession(session: session)
        try watch.run()
    }
}
