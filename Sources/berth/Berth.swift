import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// The `berth` command: a teaching lab for containers.
///
/// Errors from every subcommand end here, so exit codes are decided in one place:
/// 0 all passed, 1 a check failed, 2 bad usage or unreadable input, 3 the environment
/// is missing something.
@main
struct Berth: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "berth",
        abstract: "A teaching lab for containers: from a first image to a load-balanced, TLS-terminated stack.",
        discussion: """
        berth renders concept notes offline and reads Dockerfiles, compose files and \
        nginx configs the way the real tools do.

        Examples:
          berth notes                 the concept notes, grouped by topic
          berth notes rate            opens the note on rate limiting
          berth notes --search 429    every note that mentions 429
        """,
        version: BerthVersion.current,
        subcommands: [
            StatusCommand.self, InitCommand.self, ListCommand.self, ShowCommand.self, HintCommand.self,
            CheckCommand.self, WatchCommand.self, ResetCommand.self, GradeCommand.self, UpCommand.self, DownCommand.self, DoctorCommand.self, NotesCommand.self, LintCommand.self, ParseCommand.self,
            LabCommand.self, CertCommand.self,
        ],
        defaultSubcommand: StatusCommand.self
    )

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CommandFailure {
            writeError("berth: error: \(failure.message)")
            Glibc.exit(failure.exitCode)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                Glibc.exit(0)
            }
            if !message.isEmpty { writeError(message) }
            // ArgumentParser's usage errors are EX_USAGE (64); berth's contract says 2.
            Glibc.exit(code == .validationFailure ? CommandFailure.badInput : code.rawValue)
        }
    }
}
