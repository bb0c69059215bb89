import Foundation
import XCTest

/// The private Docker engine that `scripts/docker-testbed` runs in the network namespace
/// `berth-testbed`, with stand-ins for the official images (ubuntu, nginx, redis, postgres,
/// swift, python) since no registry is reachable.
///
/// Tests that need a real engine start with `let testbed = try DockerTestbed.require()`. The
/// first call in a test process runs `scripts/docker-testbed up` (minutes on a new machine, a
/// second or two once its images exist); later calls reuse that outcome. Where the machine
/// cannot run the testbed (not root, no network namespaces, Debian's mirror out of reach), or
/// when `BERTH_SKIP_DOCKER=1` is set, `require()` throws `XCTSkip` with the reason. The daemon
/// is left running for the next test process; `scripts/docker-testbed down` stops it.
public enum DockerTestbed {
    /// The testbed script of this checkout.
    public static var script: String {
        RepositoryPaths.root.appendingPathComponent("scripts/docker-testbed").path
    }

    /// A handle on the running testbed, or `XCTSkip` saying why this machine cannot run it.
    public static func require() throws -> DockerTestbedHandle {
        switch startup {
        case .ready(let handle): return handle
        case .unavailable(let reason): throw XCTSkip(reason)
        case .failed(let message): throw DockerTestbedError(description: message)
        }
    }

    private enum Startup: Sendable {
        case ready(DockerTestbedHandle)
        case unavailable(String)
        case failed(String)
    }

    /// Computed at the first `require()`: Swift runs a static's initialiser once, even when
    /// tests ask from several threads, so the process runs `up` at most once.
    private static let startup: Startup = start()

    private static func start() -> Startup {
        if ProcessInfo.processInfo.environment["BERTH_SKIP_DOCKER"] == "1" {
            return .unavailable("BERTH_SKIP_DOCKER=1 is set, so tests that need the Docker testbed are skipped")
        }
        do {
            let up = try CommandRunner.run(script, ["up"])
            switch up.status {
            case 0:
                let env = try CommandRunner.run(script, ["env"])
                guard let host = dockerHost(fromExportLine: env.stdout) else {
                    return .failed("scripts/docker-testbed env printed no DOCKER_HOST: \(env.stdout)")
                }
                return .ready(DockerTestbedHandle(script: script, dockerHost: host))
            case 3:
                return .unavailable("the Docker testbed cannot run on this machine: \(reason(in: up.stderr))")
            default:
                return .failed("scripts/docker-testbed up failed (exit \(up.status)); "
                               + "run it by hand to see why:\n\(up.stderr)")
            }
        } catch {
            return .failed("cannot run \(script): \(error)")
        }
    }

    /// `export DOCKER_HOST=unix:///…` → `unix:///…`.
    static func dockerHost(fromExportLine output: String) -> String? {
        let prefix = "export DOCKER_HOST="
        return output.split(separator: "\n").first { $0.hasPrefix(prefix) }
            .map { String($0.dropFirst(prefix.count)) }
    }

    /// The script's last message, without its `docker-testbed: ` prefix.
    static func reason(in stderr: String) -> String {
        let line = stderr.split(separator: "\n").last.map(String.init) ?? "no reason given"
        let prefix = "docker-testbed: "
        return line.hasPrefix(prefix) ? String(line.dropFirst(prefix.count)) : line
    }
}

/// The running testbed: runs programs inside its network namespace, where the daemon's
/// published ports are, with `DOCKER_HOST` pointing at its socket.
public struct DockerTestbedHandle: Sendable {
    public let script: String
    /// `unix:///run/berth-testbed/docker.sock`, for programs run outside `run`.
    public let dockerHost: String

    /// Runs `arguments` (a program and its arguments) inside the namespace with `DOCKER_HOST` set,
    /// through `scripts/docker-testbed run`.
    public func run(_ arguments: [String], input: String? = nil, in directory: String? = nil) throws -> CommandResult {
        try CommandRunner.run(script, ["run"] + arguments, input: input, in: directory)
    }

    /// Runs `docker ARGUMENTS` against the testbed's daemon.
    public func docker(_ arguments: [String], input: String? = nil, in directory: String? = nil) throws -> CommandResult {
        try run(["docker"] + arguments, input: input, in: directory)
    }

    /// GETs `url` from inside the namespace, retrying for a few seconds while the port refuses
    /// connections; the body is in `stdout`, curl's complaint in `stderr`.
    public func curl(_ url: String, timeoutSeconds: Int = 10) throws -> CommandResult {
        try run(["curl", "--silent", "--show-error", "--max-time", String(timeoutSeconds),
                 "--retry", "5", "--retry-delay", "1", "--retry-connrefused", url])
    }
}

public struct DockerTestbedError: Error, CustomStringConvertible {
    public var description: String
}
