import BerthLive
import Foundation

/// The student's stack while live checks run: each target is built and started the first
/// time a check needs it, under a compose project of its own, and everything is removed by
/// `tearDown()` (containers, networks, volumes and the images built), whatever happened.
public final class LiveSession: @unchecked Sendable {
    public let engine: DockerEngine
    public let repository: String
    public let client = CurlHTTPClient()
    public let cancellation = ProgramCancellation()
    /// Seconds a target gets to build and become healthy.
    public let startTimeout: Double
    private let purpose: String
    private let progress: @Sendable (String) -> Void
    /// Told when a phase starts: `probing the compose stack`, `removing the stack`.
    private let phase: @Sendable (String) -> Void
    private let lock = NSLock()
    private var started: [LiveTarget: Result<ComposeProject, LiveError>] = [:]
    private var projects: [ComposeProject] = []
    private var reason: String?

    public init(engine: DockerEngine, repository: String, purpose: String, startTimeout: Double = 600,
                progress: @escaping @Sendable (String) -> Void = { _ in }, phase: @escaping @Sendable (String) -> Void = { _ in }) {
        self.engine = engine
        self.repository = repository
        self.purpose = purpose
        self.startTimeout = startTimeout
        self.progress = progress
        self.phase = phase
    }

    /// The running project of `target`, started now if it is not yet; a failed start is
    /// remembered, so every check of that target reports it without starting it again.
    public func project(for target: LiveTarget) -> Result<ComposeProject, LiveError> {
        if let known = lock.withLock({ started[target] }) { return known }
        // One target runs at a time: targets publish the same ports (the backend image alone,
        // then with its env file, then inside the stack), and each needs the host's memory.
        // A target taken down is started again if a later check needs it; failures stay known.
        let running = lock.withLock {
            let up = started.values.compactMap { try? $0.get() }
            started = started.filter { (try? $0.value.get()) == nil }
            return up
        }
        for other in running { _ = other.down(volumes: true, images: false) }
        let project = makeProject(for: target)
        lock.withLock { projects.append(project) }
        let result: Result<ComposeProject, LiveError>
        do {
            phase("building and starting \(target.phrase)")
            try project.up(timeout: startTimeout, progress: progress)
            phase("probing \(target.phrase)")
            result = .success(project)
        } catch {
            result = .failure(error)
        }
        lock.withLock { started[target] = result }
        return result
    }

    /// Builds `folder`'s image and runs it once, to completion: what it printed.
    public func runOnce(folder: String, timeout: Double = 120) -> Result<ProgramResult, LiveError> {
        if cancellation.isCancelled { return .failure(.interrupted) }
        let project = makeProject(for: .image(folder: folder, ports: [], environment: nil))
        lock.withLock { projects.append(project) }
        phase("building \(folder)/")
        let build = project.compose(["--progress", "plain", "build"], timeout: startTimeout, line: progress)
        if cancellation.isCancelled { return .failure(.interrupted) }
        guard build.succeeded else {
            return .failure(.stack("building \(folder)/ failed (exit \(build.status)). Its last lines:\n\(build.tail(15))"))
        }
        phase("running \(folder)/")
        let run = project.compose(["run", "--rm", "-T", "--no-deps", "app"], timeout: timeout)
        return cancellation.isCancelled ? .failure(.interrupted) : .success(run)
    }

    /// Stops what runs now and every later probe, saying why (a time limit, Ctrl-C).
    public func stop(because reason: String) {
        lock.withLock { self.reason = reason }
        cancellation.cancel()
    }

    /// Why the session was stopped, if it was.
    public var stopReason: String? { lock.withLock { reason } }

    /// Removes everything every target created. Safe to call more than once.
    public func tearDown() {
        let all = lock.withLock {
            defer { projects = []; started = [:] }
            return projects
        }
        if !all.isEmpty { phase("removing the stack") }
        for project in all { project.down(volumes: true, images: true) }
    }

    private func makeProject(for target: LiveTarget) -> ComposeProject {
        switch target {
        case .compose:
            return ComposeProject(engine: engine, directory: repository, name: ComposeProject.uniqueName(purpose),
                                  cancellation: cancellation)
        case .image(let folder, let ports, let environment):
            let published = ports.isEmpty ? "" : "    ports: [" + ports.map { "\"\($0)\"" }.joined(separator: ", ") + "]\n"
            let settings = environment.map { "    env_file: [\"./\($0)\"]\n" } ?? ""
            let definition = "services:\n  app:\n    build: ./\(folder)\n\(published)\(settings)"
            return ComposeProject(engine: engine, directory: repository, name: ComposeProject.uniqueName("\(purpose)-\(folder)"),
                                  definition: definition, cancellation: cancellation)
        }
    }
}
