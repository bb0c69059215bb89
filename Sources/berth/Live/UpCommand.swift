import ArgumentParser
import BerthLive
import Foundation

/// `berth up`: the student's own stack, built and started to poke at by hand.
struct UpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "up",
        abstract: "Build and start your stack with Docker, then show where it answers.",
        discussion: """
        Runs `docker compose up --build --wait` on your compose file under a project name of \\
        its own (the same every time for this folder), showing the build as it goes, and \\
        lists the URLs it publishes. It keeps running until `berth down`. Ctrl-C while it \\
        starts removes what was started.

        Examples:
          berth up
          curl localhost/api/hello
          berth down
        """
    )

    @Argument(help: ArgumentHelp("The folder with the compose file (default: the workspace you are in).", valueName: "dir"))
    var directory: String?

    @Option(name: .long, help: ArgumentHelp("Seconds to build and become healthy.", valueName: "seconds"))
    var timeout: Double = 600

    func run() throws {
        let folder = try StackFolder(directory)
        _ = try folder.composeFile()
        let live = try LiveRun(environment: ProcessInfo.processInfo.environment)
        let running = ComposeProject(engine: live.engine, directory: folder.path, name: ComposeProject.stableName(for: folder.path),
                                     cancellation: live.cancellation())
        do {
            try running.up(timeout: timeout) { live.progress.take($0) }
        } catch {
            live.progress.set("removing what was started")
            running.down(volumes: false, images: false)
            live.finish()
            throw CommandFailure(error.description, exitCode: live.wasInterrupted ? 130 : CommandFailure.checkFailed)
        }
        live.finish()
        print("Your stack is up (project \(running.name)):")
        for container in running.containers() {
            let urls = container.publishedPorts.map { $0 == 443 ? "https://localhost" : $0 == 80 ? "http://localhost" : "http://localhost:\($0)" }
            let health = container.health.isEmpty ? container.state : "\(container.state), \(container.health)"
            print("  \(container.service.padding(toLength: 12, withPad: " ", startingAt: 0)) \(health)"
                  + (urls.isEmpty ? "" : "  " + urls.joined(separator: " ")))
        }
        print("Logs: docker compose -p \(running.name) logs -f    Stop it: berth down")
    }
}
