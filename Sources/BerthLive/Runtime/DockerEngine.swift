import Foundation

/// The Docker engine berth drives, found once: the `docker` CLI, the engine it reaches
/// (`DOCKER_HOST` honoured) and Compose v2, as the plugin or a standalone `docker-compose`.
public struct DockerEngine: Sendable {
    public var docker: String
    /// How compose is run: `[docker, "compose"]` or `[docker-compose]`.
    public var compose: [String]
    public var environment: [String: String]
    public var serverVersion: String
    public var apiVersion: String
    public var composeVersion: String

    /// What to do when something is missing, said once for every command that needs Docker.
    static let install = "berth's live checks build and run your stack with a Docker engine and Compose v2. "
        + "Install Docker Engine with the Compose plugin (Debian/Ubuntu: `sudo apt-get install docker.io docker-compose-v2`, "
        + "or Docker's own packages), start it (`sudo systemctl start docker`), make sure your user may use it, "
        + "then run `berth doctor`. Static checks (`berth check`, `berth grade`) need none of this."

    /// Finds the CLI, asks the engine for its version and finds Compose v2.
    public static func locate(environment: [String: String]) throws(LiveError) -> DockerEngine {
        guard let docker = ExecutablePath.find("docker", environment: environment) else {
            throw .environment("There is no `docker` command on PATH. " + install)
        }
        let version = run([docker, "version", "--format", "{{.Server.Version}} {{.Server.APIVersion}}"], environment)
        guard version.succeeded else {
            let host = environment["DOCKER_HOST"].map { " at \($0)" } ?? ""
            let reason = version.timedOut ? "it did not answer within 15 s" : (version.tail(1).isEmpty ? "no answer" : version.tail(1))
            throw .environment("The Docker engine\(host) cannot be reached: \(reason). " + install)
        }
        let parts = version.stdout.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        let (compose, composeVersion) = try findCompose(docker: docker, environment: environment)
        return DockerEngine(docker: docker, compose: compose, environment: environment,
                            serverVersion: parts.first ?? "?", apiVersion: parts.count > 1 ? parts[1] : "?",
                            composeVersion: composeVersion)
    }

    private static func findCompose(docker: String, environment: [String: String]) throws(LiveError) -> ([String], String) {
        let plugin = run([docker, "compose", "version", "--short"], environment)
        if plugin.succeeded, let version = majorTwo(plugin.stdout) { return ([docker, "compose"], version) }
        if let standalone = ExecutablePath.find("docker-compose", environment: environment) {
            let result = run([standalone, "version", "--short"], environment)
            if result.succeeded, let version = majorTwo(result.stdout) { return ([standalone], version) }
            if result.succeeded {
                let old = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
                throw .environment("Only Compose v1 (\(old)) is installed; berth needs Compose v2 "
                                   + "(`docker compose`, with `up --wait`). " + install)
            }
        }
        throw .environment("Docker is there but Compose v2 is not (`docker compose version` fails). " + install)
    }

    /// `2.40.3` or `v2.40.3` → `2.40.3`; anything older → nil.
    static func majorTwo(_ output: String) -> String? {
        var text = output.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.hasPrefix("v") { text.removeFirst() }
        guard let major = text.split(separator: ".").first.flatMap({ Int($0) }), major >= 2 else { return nil }
        return text
    }

    private static func run(_ command: [String], _ environment: [String: String]) -> ProgramResult {
        let program = ProgramRun(command[0], Array(command.dropFirst()), environment: environment, timeout: 15)
        return (try? program.run()) ?? ProgramResult(status: 127, stdout: "", stderr: "cannot run \(command[0])", timedOut: false)
    }

    /// `docker ARGUMENTS`, with the engine's environment.
    public func docker(_ arguments: [String], timeout: Double, directory: String? = nil, input: String? = nil,
                       cancellation: ProgramCancellation? = nil) -> ProgramResult {
        let program = ProgramRun(docker, arguments, environment: environment, directory: directory, input: input, timeout: timeout)
        return (try? program.run(cancellation: cancellation))
            ?? ProgramResult(status: 127, stdout: "", stderr: "cannot run \(docker)", timedOut: false)
    }
}

/// Where a command is on PATH.
enum ExecutablePath {
    static func find(_ name: String, environment: [String: String]) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
