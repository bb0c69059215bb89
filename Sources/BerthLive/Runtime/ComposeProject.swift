import Foundation

/// A student's stack as one compose project of its own: every container, network, volume
/// and image it makes carries its name, so `down` removes exactly what the run created.
public struct ComposeProject: Sendable {
    public var engine: DockerEngine
    /// The repository: compose finds its compose file there, and build contexts are relative to it.
    public var directory: String
    /// `berth-stack-proxy-1a2b3c4d`: lower case, digits and dashes, as compose wants.
    public var name: String
    /// A compose file given as text instead of the repository's (to build and run one folder).
    public var definition: String?
    /// Stops the program running now when berth is interrupted.
    public var cancellation: ProgramCancellation

    public init(engine: DockerEngine, directory: String, name: String, definition: String? = nil,
                cancellation: ProgramCancellation = ProgramCancellation()) {
        self.engine = engine
        self.directory = directory
        self.name = name
        self.definition = definition
        self.cancellation = cancellation
    }

    /// A name no other run uses: `berth-PURPOSE-` and eight random hex digits.
    public static func uniqueName(_ purpose: String) -> String {
        let cleaned = purpose.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        var random = SystemRandomNumberGenerator()
        return "berth-\(String(cleaned))-\(String(format: "%08x", random.next() as UInt32))"
    }

    /// The same name for the same folder every time (so `berth down` finds what `berth up`
    /// started): `berth-FOLDER-` and eight hex digits of the folder's path (FNV-1a).
    public static func stableName(for directory: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in directory.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        let folder = directory.split(separator: "/").last.map(String.init) ?? "stack"
        let cleaned = String(folder.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }.prefix(30))
        return "berth-\(cleaned)-\(String(format: "%08x", hash))"
    }

    /// `docker compose -p NAME [-f -] ARGUMENTS` in the repository.
    @discardableResult
    public func compose(_ arguments: [String], timeout: Double, line: @escaping @Sendable (String) -> Void = { _ in }) -> ProgramResult {
        let files = definition == nil ? [] : ["--file", "-"]
        let command = engine.compose + ["--project-name", name, "--project-directory", directory] + files + arguments
        let program = ProgramRun(command[0], Array(command.dropFirst()), environment: engine.environment,
                                 directory: directory, input: definition, timeout: timeout)
        return (try? program.run(cancellation: cancellation, line: line))
            ?? ProgramResult(status: 127, stdout: "", stderr: "cannot run \(command[0])", timedOut: false)
    }

    /// Builds (with the build cache) and starts the stack, waiting for health checks;
    /// every output line goes to `progress`. On failure the error holds the output's end
    /// and the failing services' logs.
    public func up(timeout: Double, progress: @escaping @Sendable (String) -> Void = { _ in }) throws(LiveError) {
        let result = compose(["--progress", "plain", "up", "--build", "--detach", "--wait", "--wait-timeout", String(Int(timeout))],
                             timeout: timeout + 30, line: progress)
        if cancellation.isCancelled { throw .interrupted }
        guard !result.succeeded else { return }
        let why = result.timedOut ? "did not come up within \(Int(timeout)) s" : "failed (exit \(result.status))"
        let logs = compose(["logs", "--no-color", "--tail", "20"], timeout: 30)
        let logText = logs.stdout.isEmpty ? "" : "\nThe services' last log lines:\n" + logs.tail(20)
        throw .stack("`docker compose up --build --wait` \(why). Its last lines:\n\(result.tail(20))\(logText)")
    }

    /// Removes the project's containers and networks, its volumes when `volumes`, and the
    /// images it built when `images`. Never cancelled: teardown must finish.
    @discardableResult
    public func down(volumes: Bool, images: Bool) -> ProgramResult {
        var arguments = ["down", "--remove-orphans", "--timeout", "5"]
        if volumes { arguments.append("--volumes") }
        if images { arguments += ["--rmi", "local"] }
        let files = definition == nil ? [] : ["--file", "-"]
        let command = engine.compose + ["--project-name", name, "--project-directory", directory] + files + arguments
        let program = ProgramRun(command[0], Array(command.dropFirst()), environment: engine.environment,
                                 directory: directory, input: definition, timeout: 120)
        return (try? program.run()) ?? ProgramResult(status: 127, stdout: "", stderr: "cannot run \(command[0])", timedOut: false)
    }

    public func restart(_ service: String, timeout: Double = 60) -> ProgramResult {
        compose(["restart", service], timeout: timeout)
    }

    /// Runs `command` inside the running `service` (the first replica).
    public func exec(_ service: String, _ command: [String], timeout: Double = 30) -> ProgramResult {
        compose(["exec", "-T", service] + command, timeout: timeout)
    }

    /// The service's logs (all services when nil), without colours.
    public func logs(_ service: String? = nil, timeout: Double = 30) -> ProgramResult {
        compose(["logs", "--no-color", "--no-log-prefix"] + (service.map { [$0] } ?? []), timeout: timeout)
    }

    /// The project's containers as `docker compose ps` sees them.
    public func containers(timeout: Double = 30) -> [ComposeContainer] {
        let result = compose(["ps", "--all", "--format", "json"], timeout: timeout)
        return ComposeContainer.parse(result.stdout)
    }
}

/// One container of a project: its service, state, health and published ports.
public struct ComposeContainer: Sendable, Equatable {
    public var name: String
    public var service: String
    public var state: String
    public var health: String
    public var publishedPorts: [Int]

    /// `docker compose ps --format json` prints an array (older v2) or one object per line.
    static func parse(_ output: String) -> [ComposeContainer] {
        let trimmed = output.trimmingCharacters(in: .whitespacesAndNewlines)
        var objects: [[String: Any]] = []
        if trimmed.hasPrefix("["), let array = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [[String: Any]] {
            objects = array
        } else {
            objects = trimmed.split(separator: "\n").compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
        }
        return objects.map { object in
            let publishers = object["Publishers"] as? [[String: Any]] ?? []
            let ports = publishers.compactMap { $0["PublishedPort"] as? Int }.filter { $0 > 0 }
            return ComposeContainer(name: object["Name"] as? String ?? "", service: object["Service"] as? String ?? "",
                                    state: object["State"] as? String ?? "", health: object["Health"] as? String ?? "",
                                    publishedPorts: Array(Set(ports)).sorted())
        }
    }
}
