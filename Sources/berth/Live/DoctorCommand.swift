import ArgumentParser
import BerthLive
import BerthTerminal
import Foundation

/// `berth doctor`: is this machine ready for `--live` and `berth up`?
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check this machine for live checks: Docker engine, Compose v2, build cache, free ports.",
        discussion: """
        Live checks (berth check --live, berth grade --live) and berth up need a Docker \\
        engine and Compose v2, and the host ports your compose file publishes must be free. \\
        Each line says what is there, or what to do.

        Exit status: 0 when everything is ready, 3 when something is missing.

        Examples:
          berth doctor
          berth doctor path/to/repo        check the ports that repository publishes
        """
    )

    @Argument(help: ArgumentHelp("The folder with the compose file (default: the workspace you are in).", valueName: "dir"))
    var directory: String?

    @OptionGroup var colorOptions: ColorOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let terminal = Terminal.current(environment: environment)
        let style = TerminalStyle(color: colorOptions.usesColor(in: terminal), hyperlinks: false)
        let good = style.foreground(.green, "✓"), bad = style.foreground(.red, "✗")
        var ready = true
        let engine: DockerEngine
        do {
            engine = try DockerEngine.locate(environment: environment)
        } catch {
            print("\(bad) Docker  \(error.description)")
            throw ExitCode(CommandFailure.environment)
        }
        let host = environment["DOCKER_HOST"] ?? "the default socket"
        print("\(good) engine   Docker \(engine.serverVersion) (API \(engine.apiVersion)) at \(host)")
        print("\(good) compose  v\(engine.composeVersion) (\(engine.compose.count == 2 ? "docker compose plugin" : engine.compose[0]))")
        let usage = engine.docker(["system", "df", "--format", "{{.Type}}\t{{.Size}}"], timeout: 30)
        let cache = usage.stdout.split(separator: "\n").first { $0.hasPrefix("Build Cache") }?.split(separator: "\t").last
        print("\(good) cache    build cache \(cache.map(String.init) ?? "size unknown"): unchanged layers are not built again")

        let folder = try StackFolder(directory)
        let ports = folder.publishedPorts()
        if ports.isEmpty {
            print(style.dim("- ports    no published ports found in a compose file in \(folder.path)"))
        }
        for port in ports {
            switch PortAvailability.check(port) {
            case .free:
                print("\(good) port \(port) free")
            case .inUse:
                ready = false
                print("\(bad) port \(port) in use: stop what listens there (`berth down`, `ss -ltnp 'sport = :\(port)'` shows it) or publish another port")
            case .unavailable(let reason):
                ready = false
                print("\(bad) port \(port) cannot be bound: \(reason)")
            }
        }
        print(ready ? "Ready for berth check --live and berth up." : "Not ready: fix the ✗ lines above.")
        if !ready { throw ExitCode(CommandFailure.environment) }
    }
}
