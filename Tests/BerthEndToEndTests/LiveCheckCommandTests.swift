import BerthTestSupport
import Foundation
import XCTest

/// `berth check --live` in the Docker testbed, run inside its network namespace as a student
/// runs it: the reference solutions pass every live check, a variant with mistakes only a
/// running stack shows fails exactly those, and nothing of the runs is left behind.
final class LiveCheckCommandTests: XCTestCase {
    /// Containers, networks and volumes of the engine (by id), to compare before and after.
    private func resources(_ testbed: DockerTestbedHandle) throws -> Set<String> {
        var all: Set<String> = []
        for kind in [["ps", "--all", "--quiet"], ["network", "ls", "--quiet"], ["volume", "ls", "--quiet"]] {
            all.formUnion(try testbed.docker(kind).stdout.split(separator: "\n").map(String.init))
        }
        return all
    }

    /// A workspace of the final `stack` solution with its certificate, as a student has it.
    private func finalStack() throws -> SolutionWorkspace {
        let workspace = try SolutionWorkspace(lab: "stack", solution: "solutions/11-reload")
        XCTAssertEqual(try CommandRunner.berth(["init", ".", "--lab", "stack"], in: workspace.path).status, 0)
        let cert = try CommandRunner.run("/bin/sh", [workspace.path + "/scripts/make-cert.sh"])
        XCTAssertEqual(cert.status, 0, cert.stderr)
        return workspace
    }

    private func checkLive(_ testbed: DockerTestbedHandle, _ arguments: [String], in workspace: SolutionWorkspace) throws -> CommandResult {
        try testbed.run(["env", "NO_COLOR=1", RepositoryPaths.berthBinary.path, "check"] + arguments + ["--live"], in: workspace.path)
    }

    func testTheFinalStackPassesEveryLiveCheckAndLeavesNothing() throws {
        let testbed = try DockerTestbed.require()
        let workspace = try finalStack()
        let before = try resources(testbed)
        let result = try checkLive(testbed, ["--all"], in: workspace)
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        for check in ["prints-hello", "answers-hello", "runs-as-non-root", "forwards-headers", "round-robin", "hits-survive",
                      "modern-handshakes", "redirect-keeps-path", "burst-gets-429", "reload-loses-nothing"] {
            XCTAssertTrue(result.stdout.contains("✓ \(check)"), "\(check):\n\(result.stdout)")
        }
        XCTAssertTrue(result.stdout.contains("Every task of stack passed: 100 of 100 points"), result.stdout)
        XCTAssertEqual(try resources(testbed), before, "no container, network or volume of the run is left")
    }

    func testMistakesOnlyARunningStackShowsFailExactlyTheirChecks() throws {
        let testbed = try DockerTestbed.require()
        let workspace = try finalStack()
        // The greeting goes to stderr: the Dockerfile still reads right, the container prints nothing.
        let dockerfile = workspace.path + "/first-image/Dockerfile"
        try String(contentsOfFile: dockerfile, encoding: .utf8)
            .replacingOccurrences(of: #"CMD ["echo", "Hello, World!"]"#, with: #"CMD ["sh", "-c", "echo 'Hello, World!' >&2"]"#)
            .write(toFile: dockerfile, atomically: true, encoding: .utf8)
        // A limit so generous that no burst reaches it.
        let nginx = workspace.path + "/proxy/nginx.conf"
        try String(contentsOfFile: nginx, encoding: .utf8)
            .replacingOccurrences(of: "rate=10r/s", with: "rate=1000r/s").replacingOccurrences(of: "burst=20", with: "burst=1000")
            .write(toFile: nginx, atomically: true, encoding: .utf8)
        // Redis keeps its volume but never writes to it: the counter dies with the container.
        let compose = workspace.path + "/compose.yaml"
        let text = try String(contentsOfFile: compose, encoding: .utf8)
        let forgetful = text.replacingOccurrences(of: "    image: redis:7-alpine\n",
                                                  with: "    image: redis:7-alpine\n    command: [\"redis-server\", \"--save\", \"\", \"--appendonly\", \"no\"]\n")
        XCTAssertNotEqual(forgetful, text)
        try forgetful.write(toFile: compose, atomically: true, encoding: .utf8)
        let before = try resources(testbed)

        let state = try checkLive(testbed, ["state"], in: workspace)
        XCTAssertEqual(state.status, 1)
        XCTAssertTrue(state.stdout.contains("✗ hits-survive"), state.stdout)
        XCTAssertTrue(state.stdout.contains("the data was lost"), state.stdout)

        let first = try checkLive(testbed, ["first-image"], in: workspace)
        XCTAssertEqual(first.status, 1)
        XCTAssertTrue(first.stdout.contains("✗ prints-hello"), first.stdout)
        XCTAssertTrue(first.stdout.contains("it printed nothing"), first.stdout)
        XCTAssertTrue(first.stdout.contains("5 of 6 checks passed, 4 of 5 points"), first.stdout)

        let limit = try checkLive(testbed, ["rate-limit"], in: workspace)
        XCTAssertEqual(limit.status, 1)
        XCTAssertTrue(limit.stdout.contains("✗ burst-gets-429"), limit.stdout)
        XCTAssertTrue(limit.stdout.contains("nothing limited the burst"), limit.stdout)
        XCTAssertTrue(limit.stdout.contains("4 of 5 points"), limit.stdout)
        XCTAssertEqual(try resources(testbed), before)
    }

    func testLiveChecksWaitForTheFileChecksAndNeedAnEngine() throws {
        let testbed = try DockerTestbed.require()
        let workspace = try finalStack()
        try FileManager.default.removeItem(atPath: workspace.path + "/first-image/Dockerfile")
        let skipped = try checkLive(testbed, ["first-image"], in: workspace)
        XCTAssertEqual(skipped.status, 1)
        XCTAssertTrue(skipped.stdout.contains("- prints-hello  skipped: not run: dockerfile-exists"), skipped.stdout)

        let noEngine = try CommandRunner.berth(["check", "--live"], environment: ["DOCKER_HOST": "unix:///nonexistent.sock"],
                                               in: workspace.path)
        XCTAssertEqual(noEngine.status, 3)
        XCTAssertTrue(noEngine.stderr.contains("cannot be reached"), noEngine.stderr)
        XCTAssertTrue(noEngine.stderr.contains("berth doctor"), noEngine.stderr)
    }

    func testTheClassroomSolutionAnswersFromThreeInstancesAndOneIdEverywhereFails() throws {
        let testbed = try DockerTestbed.require()
        let workspace = try SolutionWorkspace(lab: "classroom-lb", solution: "solution")
        XCTAssertEqual(try CommandRunner.berth(["init", ".", "--lab", "classroom-lb"], in: workspace.path).status, 0)
        let before = try resources(testbed)
        let good = try checkLive(testbed, ["load-balancing"], in: workspace)
        XCTAssertEqual(good.status, 0, good.stdout + good.stderr)
        XCTAssertTrue(good.stdout.contains("✓ three-instances"), good.stdout)

        // Every web service claims the same instance id: the balancer may work, nobody can tell.
        let compose = workspace.path + "/docker-compose.yml"
        let text = try String(contentsOfFile: compose, encoding: .utf8)
        let same = text.replacingOccurrences(of: #"INSTANCE_ID: web\d"#, with: "INSTANCE_ID: web", options: .regularExpression)
        XCTAssertNotEqual(same, text)
        try same.write(toFile: compose, atomically: true, encoding: .utf8)
        let bad = try checkLive(testbed, ["load-balancing"], in: workspace)
        XCTAssertEqual(bad.status, 1, bad.stdout)
        XCTAssertTrue(bad.stdout.contains("✗ three-instances"), bad.stdout)
        XCTAssertTrue(bad.stdout.contains("1 instance (web: 12)"), bad.stdout)
        XCTAssertEqual(try resources(testbed), before)
    }

    func testGradeLiveScoresEachRepositoryAndStopsOneAtItsTimeLimit() throws {
        let testbed = try DockerTestbed.require()
        let good = try SolutionWorkspace(lab: "classroom-lb", solution: "solution")
        let same = try SolutionWorkspace(lab: "classroom-lb", solution: "solution")
        let compose = same.path + "/docker-compose.yml"
        try String(contentsOfFile: compose, encoding: .utf8)
            .replacingOccurrences(of: #"INSTANCE_ID: web\d"#, with: "INSTANCE_ID: web", options: .regularExpression)
            .write(toFile: compose, atomically: true, encoding: .utf8)
        let before = try resources(testbed)
        let graded = try testbed.run([RepositoryPaths.berthBinary.path, "grade", good.path, same.path, "--lab", "classroom-lb",
                                      "--live", "--format", "json", "--jobs", "2"])
        XCTAssertEqual(graded.status, 1, graded.stderr)
        XCTAssertTrue(graded.stderr.contains("one repository at a time"), graded.stderr)
        let array = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(graded.stdout.utf8)) as? [[String: Any]], graded.stdout)
        XCTAssertEqual(array.map { $0["mode"] as? String }, ["live", "live"])
        XCTAssertEqual(array.map { $0["max_score"] as? Double }, [10, 10], "live grading counts every check")
        XCTAssertEqual(array.map { $0["score"] as? Double }, [10, 9.5])

        let stack = try finalStack()
        let limited = try testbed.run([RepositoryPaths.berthBinary.path, "grade", stack.path, "--lab", "stack", "--live",
                                       "--timeout", "10", "--format", "json"])
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(limited.stdout.utf8)) as? [String: Any], limited.stdout)
        let checks = (object["tasks"] as? [[String: Any]] ?? []).flatMap { $0["checks"] as? [[String: Any]] ?? [] }
        let stopped = checks.filter { ($0["message"] as? String ?? "").isEmpty == false && $0["status"] as? String == "skipped" }
        XCTAssertFalse(stopped.isEmpty, "some live checks were stopped by the 10 s limit: \(limited.stdout.prefix(2000))")
        XCTAssertTrue(limited.stdout.contains("used up its 10 s"), limited.stdout)
        XCTAssertEqual(try resources(testbed), before, "nothing of either run is left")
    }

    func testCtrlCWhileTheStackStartsRemovesWhatItStarted() throws {
        let testbed = try DockerTestbed.require()
        let workspace = try finalStack()
        let before = try resources(testbed)
        // SIGINT after 6 s: mid-way through the live checks of the stack.
        let interrupted = try testbed.run(["timeout", "--preserve-status", "--signal", "INT", "6",
                                           RepositoryPaths.berthBinary.path, "check", "--all", "--live"], in: workspace.path)
        XCTAssertEqual(interrupted.status, 130, interrupted.stdout + interrupted.stderr)
        XCTAssertTrue(interrupted.stderr.contains("interrupted; the containers, networks, volumes and images of the run were removed"),
                      interrupted.stderr)
        XCTAssertEqual(try resources(testbed), before)
    }
}
