import BerthTestSupport
import Foundation
import XCTest

/// The reference solution of lab `classroom-lb`, run as a student would run it: the repository
/// rebuilt from labs/backend and labs/classroom-lb/solution, brought up with `docker compose` in
/// the testbed, probed through nginx on port 9999, restarted, and taken down without a trace.
final class ClassroomSolutionTests: XCTestCase {
    private static let entry = "http://127.0.0.1:9999"
    private static let longURL = "https://example.com/x"

    func testSolutionIsLintClean() throws {
        let repo = try SolutionWorkspace(lab: "classroom-lb", solution: "solution")
        let lint = try CommandRunner.berth(["lint", repo.path])
        XCTAssertEqual(lint.status, 0, lint.stdout + lint.stderr)
        for severity in ["error:", "warning:"] {
            XCTAssertFalse(lint.stdout.contains(severity), lint.stdout)
        }
    }

    func testSolutionBalancesOverThreeInstancesAndKeepsLinksAcrossRestarts() throws {
        let testbed = try DockerTestbed.require()
        let repo = try SolutionWorkspace(lab: "classroom-lb", solution: "solution")
        let project = "berth-classroom-\(UUID().uuidString.prefix(8).lowercased())"
        let compose = { (arguments: [String]) in
            try testbed.docker(["compose", "--project-name", project] + arguments, in: repo.path)
        }
        // `--rmi local` removes the three images built for this project; Docker's build cache stays.
        let down = { try compose(["down", "--volumes", "--rmi", "local", "--timeout", "2"]) }
        defer { _ = try? down() }

        try assertSucceeds(compose(["up", "--build", "--detach", "--wait", "--wait-timeout", "300"]), "up --build")

        let instances = try (1...12).map { _ in try get(InstanceAnswer.self, "/instance", from: testbed).instance }
        XCTAssertEqual(Set(instances), ["web1", "web2", "web3"], "instances seen: \(instances)")
        for id in ["web1", "web2", "web3"] {
            XCTAssertEqual(instances.filter { $0 == id }.count, 4, "round robin over 3 gives each 4 of 12: \(instances)")
        }

        let link = try shorten(Self.longURL, through: testbed)
        XCTAssertEqual(link.shortURL, "\(Self.entry)/\(link.code)", "the short link names the address the client used")
        try assertRedirect(link.shortURL, to: Self.longURL, through: testbed)

        try assertSucceeds(compose(["restart"]), "restart")
        XCTAssertEqual(try expand(link.code, through: testbed), Self.longURL, "after docker compose restart")

        try assertSucceeds(compose(["down", "--timeout", "2"]), "down (keeping volumes)")
        try assertSucceeds(compose(["up", "--detach", "--wait", "--wait-timeout", "120"]), "up after down")
        XCTAssertEqual(try expand(link.code, through: testbed), Self.longURL, "after down and up")
        let stored = try compose(["exec", "-T", "db", "psql", "-U", "shortener", "-d", "shortener", "-tAc",
                                  "SELECT long_url FROM links WHERE code = '\(link.code)'"])
        XCTAssertEqual(stored.stdout, "\(Self.longURL)\n", "PostgreSQL's volume keeps the link: \(stored.stderr)")

        try assertSucceeds(down(), "down --volumes")
        let label = "label=com.docker.compose.project=\(project)"
        for kind in [["ps", "--all"], ["network", "ls"], ["volume", "ls"], ["image", "ls"]] {
            let left = try testbed.docker(kind + ["--quiet", "--filter", label])
            XCTAssertEqual(left.status, 0, left.stderr)
            XCTAssertEqual(left.stdout, "", "docker \(kind.joined(separator: " ")) still lists \(project)'s")
        }
    }

    // MARK: - Probes, from inside the testbed's namespace where port 9999 is published

    private struct InstanceAnswer: Decodable { var instance: String }
    private struct ExpandAnswer: Decodable {
        var longURL: String
        enum CodingKeys: String, CodingKey { case longURL = "long_url" }
    }
    private struct ShortLink: Decodable {
        var code: String
        var shortURL: String
        enum CodingKeys: String, CodingKey {
            case code
            case shortURL = "short_url"
        }
    }

    private func get<Answer: Decodable>(_ type: Answer.Type, _ path: String,
                                        from testbed: DockerTestbedHandle) throws -> Answer {
        try decode(type, testbed.curl(Self.entry + path), "GET \(path)")
    }

    private func expand(_ code: String, through testbed: DockerTestbedHandle) throws -> String {
        try get(ExpandAnswer.self, "/expand?url=\(code)", from: testbed).longURL
    }

    private func shorten(_ url: String, through testbed: DockerTestbedHandle) throws -> ShortLink {
        let body = String(decoding: try JSONEncoder().encode(["url": url]), as: UTF8.self)
        let answer = try testbed.run(["curl", "--silent", "--show-error", "--max-time", "10",
                                      "--header", "Content-Type: application/json", "--data", body,
                                      Self.entry + "/shorten"])
        return try decode(ShortLink.self, answer, "POST /shorten")
    }

    private func assertRedirect(_ shortURL: String, to longURL: String, through testbed: DockerTestbedHandle,
                                file: StaticString = #filePath, line: UInt = #line) throws {
        let answer = try testbed.run(["curl", "--silent", "--show-error", "--max-time", "10", "--output", "/dev/null",
                                      "--write-out", "%{http_code} %{redirect_url}", shortURL])
        XCTAssertEqual(answer.stdout, "302 \(longURL)", answer.stderr, file: file, line: line)
    }

    private func decode<Answer: Decodable>(_ type: Answer.Type, _ answer: CommandResult, _ request: String,
                                           file: StaticString = #filePath, line: UInt = #line) throws -> Answer {
        do {
            return try JSONDecoder().decode(type, from: Data(answer.stdout.utf8))
        } catch {
            XCTFail("\(request) answered \(answer.stdout.debugDescription) (curl: \(answer.stderr))", file: file, line: line)
            throw error
        }
    }

    private func assertSucceeds(_ result: CommandResult, _ step: String,
                                file: StaticString = #filePath, line: UInt = #line) throws {
        guard result.status == 0 else {
            XCTFail("docker compose \(step) failed (exit \(result.status)):\n\(result.stderr.suffix(4000))",
                    file: file, line: line)
            throw ComposeStepFailed(description: "docker compose \(step) failed")
        }
    }
}

/// Stops the test at a compose step that failed; the failure itself is already recorded.
private struct ComposeStepFailed: Error, CustomStringConvertible {
    var description: String
}
