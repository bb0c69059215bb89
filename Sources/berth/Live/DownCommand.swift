import ArgumentParser
import BerthLive
import Foundation

/// `berth down`: stops what `berth up` started.
struct DownCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "down",
        abstract: "Stop your stack and remove its containers and networks.",
        discussion: """
        Your data stays in its named volumes unless you pass --volumes, and the images stay \\
        too, so the next `berth up` is quick.

        Examples:
          berth down
          berth down --volumes      also delete the data (the database, the hit counter)
        """
    )

    @Argument(help: ArgumentHelp("The folder with the compose file (default: the workspace you are in).", valueName: "dir"))
    var directory: String?

    @Flag(name: .long, help: "Also remove the named volumes: your stack's data.")
    var volumes = false

    func run() throws {
        let folder = try StackFolder(directory)
        let engine: DockerEngine
        do {
            engine = try DockerEngine.locate(environment: ProcessInfo.processInfo.environment)
        } catch {
            throw CommandFailure(error.description, exitCode: CommandFailure.environment)
        }
        let project = ComposeProject(engine: engine, directory: folder.path, name: ComposeProject.stableName(for: folder.path))
        let running = project.containers()
        let result = project.down(volumes: volumes, images: false)
        guard result.succeeded else { throw CommandFailure("docker compose down failed: \(result.tail(5))", exitCode: CommandFailure.checkFailed) }
        print(running.isEmpty ? "Nothing of \(project.name) was running." :
              "Stopped \(project.name): \(running.count) containers removed" + (volumes ? ", and its volumes." : "; the volumes keep your data."))
    }
}
