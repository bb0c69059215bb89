import ArgumentParser
import BerthLabs
import BerthNotes
import Foundation

/// `berth lab`: for lab authors.
struct LabCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lab",
        abstract: "For lab authors: validate a lab before students see it.",
        subcommands: [ValidateCommand.self]
    )

    struct ValidateCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check a lab: manifest, texts, hints, notes, points, starter and reference solutions.",
            discussion: """
            Loads DIR/lab.yaml (every bundled lab when DIR is not given) and checks that every \
            task has instructions, hints and checks whose points add up, that every note it \
            names exists, that each check fails on the starter, and that the reference \
            solution of task N passes tasks 0 to N.

            Exit status: 0 when the lab is valid, 1 when it has problems, 2 when it cannot be read.

            Examples:
              berth lab validate                  every bundled lab
              berth lab validate labs/my-lab      a lab of your own
            """
        )

        @Argument(help: ArgumentHelp("The lab's folder; every bundled lab by default.", valueName: "dir"))
        var directory: String?

        @OptionGroup var labsOptions: LabsOptions

        func run() throws {
            let environment = ProcessInfo.processInfo.environment
            let content = BundledContent(executablePath: BundledContent.currentExecutablePath)
            let notes: NoteLibrary
            do {
                notes = try NoteLibrary(directory: try content.folder("notes", override: environment["BERTH_NOTES"]))
            } catch let error as NotesError {
                throw CommandFailure(error.description, exitCode: CommandFailure.environment)
            }
            let validator = LabValidator(noteTopics: Set(notes.notes.map(\.topic)))
            var labs: [(String, String)] = []
            if let directory {
                let path = URL(fileURLWithPath: directory).standardizedFileURL.path
                labs = [(path, (path as NSString).deletingLastPathComponent)]
            } else {
                let library = try labsOptions.library(environment: environment)
                labs = library.labIDs().map { ("\(library.directory)/\($0)", library.directory) }
            }
            var problemCount = 0
            for (path, labsDirectory) in labs {
                let lab: Lab
                do {
                    lab = try LabLibrary.load(directory: path, labsDirectory: labsDirectory)
                } catch {
                    throw CommandFailure(error.description)
                }
                let problems = validator.validate(lab)
                problemCount += problems.count
                for problem in problems { print("\(path)/\(problem.description)") }
                let checks = lab.manifest.tasks.reduce(0) { $0 + $1.checks.count }
                print("\(lab.id): \(lab.manifest.tasks.count) tasks, \(checks) checks, "
                      + "\(PointsFormat.text(lab.manifest.maximumPoints)) points: "
                      + (problems.isEmpty ? "valid" : "\(problems.count) problems"))
            }
            if problemCount > 0 { throw ExitCode(CommandFailure.checkFailed) }
        }
    }
}
