import ArgumentParser
import BerthLabs
import Foundation

/// `berth init`: a new workspace for a lab.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a workspace for a lab: the starter files and a progress file.",
        discussion: """
        Copies the lab's starter files (the bundled backend and front-end, a README for \
        you, a .gitignore) into DIR (the current folder by default) and starts your \
        progress in DIR/.berth/state.json. A file that already exists is never replaced, \
        so running it again is safe.

        Examples:
          berth init my-stack               a workspace for lab stack in ./my-stack
          berth init . --lab classroom-lb   the classroom assignment, here
        """
    )

    @Argument(help: ArgumentHelp("The folder for the workspace; created when missing.", valueName: "dir"))
    var directory: String = "."

    @Option(name: .long, help: ArgumentHelp("The lab to follow: stack, classroom-lb or softy-pinko.", valueName: "lab"))
    var lab: String = "stack"

    @OptionGroup var labsOptions: LabsOptions

    func run() throws {
        let library = try labsOptions.library(environment: ProcessInfo.processInfo.environment)
        let root = URL(fileURLWithPath: directory).standardizedFileURL.path
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure("cannot create \(directory): \(error.localizedDescription)")
        }
        let creation: WorkspaceCreation
        let labToFollow: Lab
        do {
            labToFollow = try library.lab(lab)
            creation = try StudentWorkspace.create(in: root, lab: labToFollow)
        } catch {
            throw CommandFailure(error.description)
        }
        if let aside = creation.setAside {
            print("The unreadable progress file was kept as \(aside.path); progress starts afresh.")
        }
        let summary = creation.summary
        let place = directory == "." ? "this folder" : directory
        if creation.wasReady && summary.created.isEmpty {
            print("The workspace in \(place) is ready (lab \(labToFollow.id)); nothing to copy.")
        } else {
            print("Created \(summary.created.count) files for lab \(labToFollow.id) (\(labToFollow.manifest.title)) in \(place).")
        }
        if !summary.kept.isEmpty {
            print("Kept \(summary.kept.count) files that were already there: \(summary.kept.prefix(5).joined(separator: ", "))"
                  + (summary.kept.count > 5 ? ", …" : ""))
        }
        let change = directory == "." ? "" : "cd \(directory) && "
        print("Next: \(change)berth")
    }
}
