import ArgumentParser
import BerthLabs
import Foundation

/// `berth` with no arguments: where the student is.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Where you are: the lab, the current task, your progress and the next command.",
        discussion: """
        This is what `berth` shows with no arguments, from anywhere inside a workspace.

        Examples:
          berth
          berth status --color never
        """
    )

    @OptionGroup var labsOptions: LabsOptions
    @OptionGroup var colorOptions: ColorOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        guard StudentWorkspace.locate(from: FileManager.default.currentDirectoryPath) != nil else {
            let labs = (try? labsOptions.library(environment: environment).labIDs()) ?? []
            print("""
                berth: a teaching lab for containers. This folder is not a workspace yet.
                Start one: berth init my-lab --lab \(labs.first ?? "stack")    (labs: \(labs.joined(separator: ", ")))
                Read the notes: berth notes        All commands: berth --help
                """)
            return
        }
        let session = try WorkspaceSession.open(labsOptions: labsOptions, colorOptions: colorOptions)
        print(LabStatusWriter(style: session.style).status(of: session.lab, progress: session.progress), terminator: "")
    }
}
