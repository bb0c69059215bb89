import BerthTestSupport
import Foundation
import XCTest

/// Lab `stack`'s compose tasks, run from their reference solutions: each test brings one
/// solution's stack up with `docker compose`, probes it the way its task says, and takes it
/// down again. TLS, the rate limit and the reload are in `StackSolutionProxyTests`.
final class StackSolutionTests: XCTestCase {
    func testComposeRunsBackendAndFrontendTogether() throws {
        let stack = try StackSolutionStack("04-compose", testbed: try DockerTestbed.require())
        defer { stack.down() }
        try stack.up()

        try stack.waitUntilAnswering("http://localhost:5252/api/hello")
        XCTAssertEqual(try stack.json("http://localhost:5252/api/hello")["message"] as? String, "Hello, World!")
        XCTAssertTrue(try stack.body("http://localhost:9000/").contains("<title>berth"))
        // The compose file carries the CORS setting now.
        let preflight = try stack.statusAndHeader("http://localhost:5252/api/hello", "access-control-allow-origin",
                                                  ["--request", "OPTIONS", "--header", "Origin: http://localhost:9000",
                                                   "--header", "Access-Control-Request-Method: GET"])
        XCTAssertEqual(preflight.value, "http://localhost:9000")

        let ids = try stack.compose(["ps", "--quiet"]).stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(ids.count, 2)
        let policies = try stack.testbed.docker(["inspect", "--format", "{{.HostConfig.RestartPolicy.Name}}"] + ids)
        XCTAssertEqual(policies.stdout, "unless-stopped\nunless-stopped\n", policies.stderr)
    }

    func testProxyIsTheOnlyEntryPointAndPassesTheClientOn() throws {
        let stack = try StackSolutionStack("05-proxy", testbed: try DockerTestbed.require())
        defer { stack.down() }
        try stack.up()

        try stack.waitUntilAnswering("http://localhost/api/hello")
        XCTAssertTrue(try stack.body("http://localhost/").contains("<title>berth"))
        // The page calls its own origin again.
        XCTAssertTrue(try stack.body("http://localhost/app.js").contains("const API_BASE = \"\";"))

        let whoami = try stack.json("http://localhost/api/whoami")
        XCTAssertEqual(whoami["host"] as? String, "localhost")
        XCTAssertEqual(whoami["x_forwarded_proto"] as? String, "http")
        let client = try XCTUnwrap(whoami["x_real_ip"] as? String, "\(whoami)")
        XCTAssertEqual(whoami["x_forwarded_for"] as? String, client)
        // The backend's peer is the proxy, so only the headers tell it who the client was.
        XCTAssertFalse((whoami["peer"] as? String ?? "").hasPrefix(client + ":"), "\(whoami)")

        for port in ["5252", "9000"] {
            let direct = try stack.curl(["--output", "/dev/null", "http://localhost:\(port)/"])
            XCTAssertNotEqual(direct.status, 0, "port \(port) is published next to the proxy's")
        }
    }

    func testRequestsTakeTurnsOverThreeReplicas() throws {
        let stack = try StackSolutionStack("06-scale", testbed: try DockerTestbed.require())
        defer { stack.down() }
        try stack.up()

        XCTAssertEqual(try stack.compose(["ps", "--quiet", "backend"]).stdout.split(separator: "\n").count, 3)
        try stack.waitUntilAnswering("http://localhost/api/hello")
        let instances = try (1...12).map { _ in try stack.json("http://localhost/api/hello")["instance"] as? String ?? "" }
        XCTAssertEqual(Set(instances).count, 3, "instances answering: \(instances)")
        // Round robin, though each nginx worker keeps its own turn: every replica answers
        // several of the twelve, not just one.
        for instance in Set(instances) {
            XCTAssertGreaterThanOrEqual(instances.filter { $0 == instance }.count, 2, "\(instances)")
        }
    }

    func testStateIsSharedByTheReplicasAndSurvivesDownAndUp() throws {
        let stack = try StackSolutionStack("07-state", testbed: try DockerTestbed.require())
        defer { stack.down() }
        try stack.up()
        try stack.waitUntilAnswering("http://localhost/api/hits")

        let hits = try (1...6).map { _ in try stack.json("http://localhost/api/hits") }
        let counts = hits.compactMap { $0["hits"] as? Int }
        XCTAssertEqual(counts.count, 6, "\(hits)")
        XCTAssertEqual(counts, Array((counts.first ?? 0)..<((counts.first ?? 0) + 6)), "one counter for all: \(hits)")
        XCTAssertEqual(Set(hits.compactMap { $0["instance"] as? String }).count, 3, "\(hits)")

        let long = "https://example.com/berth/state?page=\(stack.project)"
        let shortened = try stack.json("http://localhost/api/shorten", ["--request", "POST", "--header",
                                       "Content-Type: application/json", "--data", "{\"url\":\"\(long)\"}"])
        let code = try XCTUnwrap(shortened["code"] as? String, "\(shortened)")
        XCTAssertEqual(shortened["short_url"] as? String, "http://localhost/\(code)")
        // The short link itself works through the proxy.
        let redirect = try stack.statusAndHeader("http://localhost/\(code)", "location")
        XCTAssertEqual(redirect.status, "302")
        XCTAssertEqual(redirect.value, long)

        let down = try stack.compose(["down", "--timeout", "5"])
        XCTAssertEqual(down.status, 0, down.stderr)
        try stack.up()
        try stack.waitUntilAnswering("http://localhost/api/hello")
        let expanded = try stack.json("http://localhost/api/expand?url=\(code)")
        XCTAssertEqual(expanded["long_url"] as? String, long)
        let counted = try stack.json("http://localhost/api/hits")["hits"] as? Int
        XCTAssertEqual(counted, (counts.last ?? 0) + 1, "the hit counter started again after down and up")
    }

    func testARequestsLogLineShowsAtOnce() throws {
        let stack = try StackSolutionStack("08-logs", testbed: try DockerTestbed.require())
        defer { stack.down() }
        try stack.up()
        try stack.waitUntilAnswering("http://localhost/api/hello")

        let path = "/api/log-probe-\(UUID().uuidString.lowercased())"
        _ = try stack.curl(["--output", "/dev/null", "http://localhost\(path)"])
        let deadline = Date().addingTimeInterval(2)
        var logs = ""
        repeat {
            logs = try stack.compose(["logs", "--no-color", "backend"]).stdout
            if logs.contains("GET \(path) 404") { break }
            Thread.sleep(forTimeInterval: 0.2)
        } while Date() < deadline
        XCTAssertTrue(logs.contains("GET \(path) 404"), "no log line for \(path) within 2 s:\n\(logs)")
        XCTAssertTrue(logs.contains("logs line-buffered"), logs)
        XCTAssertTrue(logs.contains("APP_ENV=production"), logs)
    }
}
