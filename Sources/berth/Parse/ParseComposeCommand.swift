import ArgumentParser
import BerthFormats
import Foundation

/// `berth parse compose FILE`: shows how berth reads a compose file.
struct ParseComposeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compose",
        abstract: "Show how berth reads a compose file, or print it as `docker compose config` does.",
        discussion: """
        Reads FILE and the .env file beside it, interpolates ${VARIABLES} from the \
        environment, and prints each service with the line and column it was read from. \
        With --json it prints the normalised file in the shape of \
        `docker compose config --format json` (without the project name).

        Exit status: 0 when the file parsed cleanly, 1 when it has errors (the output is \
        still printed), 2 when it cannot be read.

        Examples:
          berth parse compose compose.yaml
          berth parse compose task5/docker-compose.yml --json
        """
    )

    @Argument(help: ArgumentHelp("The compose file to read.", valueName: "file"))
    var file: String

    @Flag(name: .long, help: "Print JSON in the shape of `docker compose config --format json`.")
    var json = false

    func run() throws {
        let (root, path) = ReadingScope.root(for: file)
        let compose = ComposeFile.load(path: path, reader: SourceReader(root: root),
                                       environment: ProcessInfo.processInfo.environment)
        for problem in compose.errors { writeError(problem.description) }
        if compose.isUnreadable { throw ExitCode(CommandFailure.badInput) }
        print(json ? compose.json().serialized(pretty: true) : compose.outline())
        if compose.hasErrors { throw ExitCode(CommandFailure.checkFailed) }
    }
}
