import ArgumentParser
import BerthLabs

/// `berth list`: every task and its state.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Every task of the lab: done, current or pending, with its points.",
        discussion: """
        Examples:
          berth list
          berth show 3          read task 3 from the list
        """
    )

    @OptionGroup var labsOptions: LabsOptions
    @OptionGroup var colorOptions: ColorOptions

    func run() throws {
        let session = try WorkspaceSession.open(labsOptions: labsOptions, colorOptions: colorOptions)
        print(LabStatusWriter(style: session.style).list(of: session.lab, progress: session.progress), terminator: "")
    }
}
