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
        for check in ["prints-hello", "answers-hello", "runs-as-non-root", "serves-the-page", "stylesheet-type", "preflight-allowed",
                      "other-origins-refused", "stack-runs", "forwards-headers", "round-robin", "hits-survive", "line-at-once",
                      "modern-handshakes", "redirect-keeps-path", "burst-gets-429", "reload-loses-nothing"] {
            XCTAssertTrue(result.stdout.contains("✓ \(check)"), "\(check):\n\(result.stdout)")
        }
        XCTAssertTrue(result.stdout.contains("Every task of stack passed: 100 of 100 points"), result.stdout)
        XCTAssertEqual(try resources(testbed), before, "no container, network or volume of the run is left")
    }

    func testEachTasksOwnSolutionPassesItsLiveChecks() throws {
        let testbed = try DockerTestbed.require()
        let before = try resources(testbed)
        let solutions = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.labs.path + "/stack/solutions")
            .filter { $0.first?.isNumber == true }.sorted()
        XCTAssertEqual(solutions.count, 12)
        for solution in solutions {
            let task = String(solution.drop { $0 != "-" }.dropFirst())
            let workspace = try SolutionWorkspace(lab: "stack", solution: "solutions/" + solution)
            XCTAssertEqual(try CommandRunner.berth(["init", ".", "--lab", "stack"], in: workspace.path).status, 0)
            let script = workspace.path + "/scripts/make-cert.sh"
            if FileManager.default.fileExists(atPath: script) {
                XCTAssertEqual(try CommandRunner.run("/bin/sh", [script]).status, 0)
            }
            let result = try checkLive(testbed, [task], in: workspace)
            XCTAssertEqual(result.status, 0, "\(solution):\n\(result.stdout)\(result.stderr)")
            XCTAssertFalse(result.stdout.contains("live check"), "\(solution): every live check ran")
        }
        XCTAssertEqual(try resources(testbed), before)
    }

    /// Replaces `old` by `new` in a file of the workspace; the file must hold `old`.
    private func edit(_ file: String, in workspace: SolutionWorkspace, _ replacements: [(String, String)],
                      line: UInt = #line) throws {
        let path = workspace.path + "/" + file
        var text = try String(contentsOfFile: path, encoding: .utf8)
        for (old, new) in replacements {
            XCTAssertTrue(text.contains(old), "\(file) has \(old)", line: line)
            text = text.replacingOccurrences(of: old, with: new)
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// `berth check TASK --live` fails, with the `failing` checks ✗, the `passing` ones ✓ and
    /// every text of `showing` in its output.
    private func expectFailure(_ testbed: DockerTestbedHandle, _ task: String, in workspace: SolutionWorkspace,
                               failing: [String], passing: [String] = [], showing: [String] = [], line: UInt = #line) throws {
        let result = try checkLive(testbed, [task], in: workspace)
        XCTAssertEqual(result.status, 1, result.stdout + result.stderr, line: line)
        let expected = failing.map { "✗ \($0)" } + passing.map { "✓ \($0)" } + showing
        for text in expected {
            XCTAssertTrue(result.stdout.contains(text), "\(task) shows \(text):\n\(result.stdout)", line: line)
        }
    }

    func testMistakesOnlyARunningStackShowsFailExactlyTheirChecks() throws {
        let testbed = try DockerTestbed.require()
        let workspace = try finalStack()
        // The greeting goes to stderr: the Dockerfile still reads right, the container prints nothing.
        try edit("first-image/Dockerfile", in: workspace,
                 [(#"CMD ["echo", "Hello, World!"]"#, #"CMD ["sh", "-c", "echo 'Hello, World!' >&2"]"#)])
        // A limit so generous that no burst reaches it, an upstream that sends each client to
        // one replica only, and X-Real-IP taken from a header the client never sends (nginx
        // leaves out a header whose value is empty).
        try edit("proxy/nginx.conf", in: workspace, [
            ("X-Real-IP $remote_addr", "X-Real-IP $http_x_real_ip"), ("rate=10r/s", "rate=1000r/s"), ("burst=20", "burst=1000"),
            ("upstream backend {\n", "upstream backend {\n    ip_hash;\n"),
        ])
        // A certificate for another name.
        let certs = workspace.path + "/proxy/certs"
        let other = try CommandRunner.run("/usr/bin/openssl", [
            "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
            "-subj", "/CN=example.org", "-addext", "subjectAltName=DNS:example.org",
            "-keyout", certs + "/localhost.key", "-out", certs + "/localhost.crt"])
        XCTAssertEqual(other.status, 0, other.stderr)
        // Redis keeps its volume but never writes to it: the counter dies with the container.
        try edit("compose.yaml", in: workspace, [("    image: redis:7-alpine\n",
            "    image: redis:7-alpine\n    command: [\"redis-server\", \"--save\", \"\", \"--appendonly\", \"no\"]\n")])
        // A server block with no types: every file goes out as application/octet-stream.
        try edit("frontend/nginx.conf", in: workspace, [("    index index.html;\n", "    index index.html;\n    types { }\n")])
        let before = try resources(testbed)

        try expectFailure(testbed, "proxy", in: workspace, failing: ["forwards-headers"], passing: ["proxy-headers"],
                          showing: ["no field x_real_ip"])
        try expectFailure(testbed, "frontend", in: workspace, failing: ["serves-the-page", "stylesheet-type"],
                          showing: ["Content-Type: application/octet-stream"])
        try expectFailure(testbed, "state", in: workspace, failing: ["hits-survive"], showing: ["the data was lost"])
        try expectFailure(testbed, "first-image", in: workspace, failing: ["prints-hello"],
                          showing: ["it printed nothing", "5 of 6 checks passed, 4 of 5 points"])
        try expectFailure(testbed, "scale", in: workspace, failing: ["round-robin"], showing: ["1 instance ("])
        try expectFailure(testbed, "tls", in: workspace, failing: ["modern-handshakes"], passing: ["redirect-keeps-path"],
                          showing: ["a certificate for example.org, not localhost"])
        try expectFailure(testbed, "rate-limit", in: workspace, failing: ["burst-gets-429"],
                          showing: ["nothing limited the burst", "4 of 5 points"])

        // Last, as it breaks every task after it: a port setting copied from elsewhere. The
        // image still says EXPOSE 5252; the backend listens on 8080.
        try edit("backend/Dockerfile", in: workspace, [("USER backend\n", "ENV PORT=8080\nUSER backend\n")])
        try expectFailure(testbed, "backend-image", in: workspace, failing: ["answers-hello"], passing: ["runs-as-non-root"],
                          showing: ["9 of 10 checks passed, 9 of 10 points"])
        XCTAssertEqual(try resources(testbed), before)
    }

    /// Settings whose names are right and whose values are wrong, and a back-end of the
    /// student's own that ignores its setting: each fails the check that can tell.
    func testRightNamesWithWrongValuesAndAnOpenBackendFailTheirChecks() throws {
        let testbed = try DockerTestbed.require()
        let workspace = try finalStack()
        let before = try resources(testbed)
        // A back-end of the student's own, in Python, that does what flask_cors's `CORS(app)`
        // does by default: it allows every origin, whatever backend.env says.
        let backend = workspace.path + "/backend"
        let dockerfile = try String(contentsOfFile: backend + "/Dockerfile", encoding: .utf8)
        try "FROM python:3.12-slim\nCOPY app.py /app.py\nCMD [\"python\", \"-u\", \"/app.py\"]\n"
            .write(toFile: backend + "/Dockerfile", atomically: true, encoding: .utf8)
        try Self.everyOriginBackend.write(toFile: backend + "/app.py", atomically: true, encoding: .utf8)
        try expectFailure(testbed, "cors", in: workspace, failing: ["preflight-allowed", "other-origins-refused"],
                          passing: ["allows-the-page"], showing: ["Access-Control-Allow-Origin: *"])
        try dockerfile.write(toFile: backend + "/Dockerfile", atomically: true, encoding: .utf8)
        // A trailing slash is wrong in the file already: the live checks wait for it.
        try edit("backend.env", in: workspace, [("CORS_ALLOW_ORIGIN=http://localhost:9000\n", "CORS_ALLOW_ORIGIN=http://localhost:9000/\n")])
        try expectFailure(testbed, "cors", in: workspace, failing: ["allows-the-page"],
                          showing: ["with `/` after http://localhost:9000", "- preflight-allowed  skipped: not run: allows-the-page"])
        // Only errors are logged: no request ever writes a line.
        try edit("compose.yaml", in: workspace, [("LOG_LEVEL: info", "LOG_LEVEL: error")])
        try expectFailure(testbed, "logs", in: workspace, failing: ["line-at-once"], passing: ["log-level"])
        // A user named backend that is root by another name.
        try edit("backend/Dockerfile", in: workspace,
                 [("RUN useradd --system --no-create-home", "RUN useradd --system --non-unique --uid 0 --no-create-home")])
        try expectFailure(testbed, "backend-image", in: workspace, failing: ["runs-as-non-root"], passing: ["non-root"],
                          showing: ["uid 0"])
        // A misspelt option: Redis stops at once, and the backend waits for it to be healthy.
        try edit("compose.yaml", in: workspace, [("    image: redis:7-alpine\n",
            "    image: redis:7-alpine\n    command: [\"redis-server\", \"--apendonly\", \"yes\"]\n")])
        try expectFailure(testbed, "compose", in: workspace, failing: ["stack-runs"], passing: ["services"],
                          showing: ["Bad directive or wrong number of arguments"])
        XCTAssertEqual(try resources(testbed), before)
    }

    /// A stdlib-only HTTP server on 5252 answering `/api/hello` with CORS open to any origin.
    private static let everyOriginBackend = """
        import json
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        class Handler(BaseHTTPRequestHandler):
            def cors(self):
                if self.headers.get("Origin"):
                    self.send_header("Access-Control-Allow-Origin", "*")

            def do_OPTIONS(self):
                self.send_response(204)
                self.cors()
                self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
                self.end_headers()

            def do_GET(self):
                body = json.dumps({"message": "Hello, World!"}).encode()
                self.send_response(200)
                self.cors()
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        ThreadingHTTPServer(("0.0.0.0", 5252), Handler).serve_forever()

        """

    /// nginx runs a whole config of its own (`-c`), while `nginx -t` and `nginx -s reload`
    /// read the image's, which now includes that file inside its http block and is invalid.
    func testAReloadThatChecksAnotherConfigThanTheRunningOneFails() throws {
        let testbed = try DockerTestbed.require()
        let workspace = try finalStack()
        let nginx = workspace.path + "/proxy/nginx.conf"
        let server = try String(contentsOfFile: nginx, encoding: .utf8)
        try ("events {}\nhttp {\n" + server + "\n}\n").write(toFile: nginx, atomically: true, encoding: .utf8)
        try edit("compose.yaml", in: workspace, [("    image: nginx:1.27\n",
            "    image: nginx:1.27\n    command: [\"nginx\", \"-c\", \"/etc/nginx/conf.d/nginx.conf\", \"-g\", \"daemon off;\"]\n")])
        let before = try resources(testbed)
        try expectFailure(testbed, "reload", in: workspace, failing: ["reload-loses-nothing"], passing: ["folder-mounted-read-only"],
                          showing: ["the reload failed (exit 1)", "is not allowed here"])
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
        XCTAssertTrue(good.stdout.contains("✓ links-survive"), good.stdout)

        // Every web service claims the same instance id: the balancer may work, nobody can tell.
        try edit("docker-compose.yml", in: workspace, [("INSTANCE_ID: web1", "INSTANCE_ID: web"), ("INSTANCE_ID: web2", "INSTANCE_ID: web"),
                                                       ("INSTANCE_ID: web3", "INSTANCE_ID: web")])
        try expectFailure(testbed, "load-balancing", in: workspace, failing: ["three-instances"], showing: ["1 instance (web: 12)"])

        // Each again its own id, but PostgreSQL writes its data beside the volume, in the
        // container, and Redis (which caches the links) never saves: both are gone with `down`.
        try edit("docker-compose.yml", in: workspace, [
            ("INSTANCE_ID: web\n\n  web2", "INSTANCE_ID: web1\n\n  web2"), ("INSTANCE_ID: web\n\n  web3", "INSTANCE_ID: web2\n\n  web3"),
            ("INSTANCE_ID: web\n\n  nginx", "INSTANCE_ID: web3\n\n  nginx"),
            ("      POSTGRES_DB: ${POSTGRES_DB", "      PGDATA: /tmp/pgdata\n      POSTGRES_DB: ${POSTGRES_DB"),
            ("    image: redis:7\n", "    image: redis:7\n    command: [\"redis-server\", \"--save\", \"\"]\n"),
        ])
        try expectFailure(testbed, "load-balancing", in: workspace, failing: ["links-survive"], passing: ["three-instances"],
                          showing: ["the links were lost"])
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
        XCTAssertEqual(array.map { $0["score"] as? Double }, [10, 9.75])

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
