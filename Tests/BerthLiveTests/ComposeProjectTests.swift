import BerthLive
import BerthTestSupport
import Foundation
import XCTest

/// The runtime against the real engine of the Docker testbed: finding Docker and Compose v2,
/// a project's life from `up --build --wait` to a `down` that leaves nothing, and failures
/// that say why.
final class ComposeProjectTests: XCTestCase {
    private var environment: [String: String] {
        get throws {
            let testbed = try DockerTestbed.require()
            var environment = ProcessInfo.processInfo.environment
            environment["DOCKER_HOST"] = testbed.dockerHost
            return environment
        }
    }

    /// A stand-in nginx built from a Dockerfile, with a health check, and a one-shot service.
    private func repository(healthy: Bool = true) throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory(prefix: "berth-runtime")
        try folder.write("web/Dockerfile", "FROM nginx:latest\nCOPY index.html /usr/share/nginx/html/index.html\n")
        try folder.write("web/index.html", "built by the runtime\n")
        try folder.write("compose.yaml", """
            services:
              web:
                build: ./web
                volumes: [data:/data]
                healthcheck:
                  test: ["CMD", "\(healthy ? "true" : "false")"]
                  interval: 1s
                  retries: 3
            volumes:
              data:

            """)
        return folder
    }

    private func leftovers(of project: String, engine: DockerEngine) -> [String] {
        let label = "label=com.docker.compose.project=\(project)"
        return [["ps", "--all", "--quiet", "--filter", label], ["network", "ls", "--quiet", "--filter", label],
                ["volume", "ls", "--quiet", "--filter", label], ["images", "--quiet", "--filter", label]]
            .flatMap { engine.docker($0, timeout: 30).stdout.split(separator: "\n").map(String.init) }
    }

    func testTheEngineAndComposeV2AreFound() throws {
        let engine = try DockerEngine.locate(environment: try environment)
        XCTAssertFalse(engine.serverVersion.isEmpty)
        XCTAssertTrue(engine.composeVersion.hasPrefix("2."), engine.composeVersion)
    }

    func testNoEngineIsAnEnvironmentErrorThatSaysWhatToDo() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["DOCKER_HOST"] = "unix:///nonexistent/docker.sock"
        XCTAssertThrowsError(try DockerEngine.locate(environment: environment)) { error in
            guard case LiveError.environment(let text) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(text.contains("cannot be reached"), text)
            XCTAssertTrue(text.contains("unix:///nonexistent/docker.sock"), text)
            XCTAssertTrue(text.contains("berth doctor"), text)
        }
        environment["PATH"] = "/nonexistent"
        XCTAssertThrowsError(try DockerEngine.locate(environment: environment)) { error in
            XCTAssertTrue("\(error)".contains("no `docker` command"), "\(error)")
        }
    }

    func testAProjectComesUpHealthyAndDownLeavesNothing() throws {
        let engine = try DockerEngine.locate(environment: try environment)
        let folder = try repository()
        let project = ComposeProject(engine: engine, directory: folder.path, name: ComposeProject.uniqueName("runtime test"))
        XCTAssertTrue(project.name.hasPrefix("berth-runtime-test-"), project.name)
        defer { project.down(volumes: true, images: true) }
        let lines = LineRecorder()
        try project.up(timeout: 120, progress: lines.record)
        XCTAssertTrue(lines.all.contains { $0.contains("web") }, "compose's progress reaches the caller")

        let containers = project.containers()
        XCTAssertEqual(containers.map(\.service), ["web"])
        XCTAssertEqual(containers.first?.health, "healthy")
        XCTAssertEqual(project.exec("web", ["cat", "/usr/share/nginx/html/index.html"]).stdout, "built by the runtime\n")
        XCTAssertTrue(project.restart("web").succeeded)
        XCTAssertEqual(project.containers().first?.state, "running")

        XCTAssertTrue(project.down(volumes: true, images: true).succeeded)
        XCTAssertEqual(leftovers(of: project.name, engine: engine), [], "no container, network, volume or image is left")
    }

    func testAStackThatNeverGetsHealthyFailsWithItsOutputAndIsRemoved() throws {
        let engine = try DockerEngine.locate(environment: try environment)
        let folder = try repository(healthy: false)
        let project = ComposeProject(engine: engine, directory: folder.path, name: ComposeProject.uniqueName("unhealthy"))
        defer { project.down(volumes: true, images: true) }
        XCTAssertThrowsError(try project.up(timeout: 20)) { error in
            guard case LiveError.stack(let text) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(text.contains("docker compose up --build --wait"), text)
            XCTAssertTrue(text.contains("unhealthy") || text.contains("failed"), text)
        }
        project.down(volumes: true, images: true)
        XCTAssertEqual(leftovers(of: project.name, engine: engine), [])
    }

    func testCancellingStopsARunningProgramAndLaterRuns() throws {
        let cancellation = ProgramCancellation()
        let started = Date()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { cancellation.cancel() }
        let run = try ProgramRun("/bin/sh", ["-c", "sleep 30 & wait"], environment: ProcessInfo.processInfo.environment,
                                 timeout: 60).run(cancellation: cancellation)
        XCTAssertNotEqual(run.status, 0)
        XCTAssertLessThan(Date().timeIntervalSince(started), 20, "the run ended long before its own 30 s")
        let later = try ProgramRun("/bin/sleep", ["30"], environment: [:], timeout: 60).run(cancellation: cancellation)
        XCTAssertNotEqual(later.status, 0, "a run that starts after cancel() is stopped at once")
    }

    func testADeadlineStopsTheProgramAndWhatItStarted() throws {
        let run = try ProgramRun("/bin/sh", ["-c", "echo started; sleep 30 & sleep 30"], environment: [:], timeout: 1).run()
        XCTAssertTrue(run.timedOut)
        XCTAssertEqual(run.stdout, "started\n")
    }
}

/// Lines seen by a progress callback, from whichever thread.
final class LineRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func record(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}
