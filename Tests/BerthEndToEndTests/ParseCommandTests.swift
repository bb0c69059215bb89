import BerthTestSupport
import Foundation
import XCTest

/// `berth parse FORMAT FILE`: what a user sees for good, broken and missing files.
final class ParseCommandTests: XCTestCase {
    private var folder: TemporaryDirectory!

    override func setUpWithError() throws {
        folder = try TemporaryDirectory()
        try folder.write("Dockerfile", "FROM ubuntu:24.04 AS base\nRUN echo hi\n")
        try folder.write("compose.yaml", "services:\n  web:\n    image: nginx:1.27\n    ports:\n      - \"8080:80\"\n")
        try folder.write("nginx.conf", "events {}\nhttp {\n  server { listen 80; }\n}\n")
        try folder.write("broken.conf", "events {}\nhttp {\n  server { listen 80 }\n")
    }

    /// XCTest keeps every test case object until the process exits, when deinits no longer run.
    override func tearDown() {
        folder = nil
        super.tearDown()
    }

    private func parse(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.berth(["parse"] + arguments, in: folder.path)
    }

    private func json(_ result: CommandResult) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    func testEachFormatPrintsJSONInItsReferenceShape() throws {
        let dockerfile = try parse(["dockerfile", "Dockerfile", "--json"])
        XCTAssertEqual(dockerfile.status, 0, dockerfile.stderr)
        XCTAssertNotNil(try json(dockerfile) as? [String: Any])

        let compose = try parse(["compose", "compose.yaml", "--json"])
        XCTAssertEqual(compose.status, 0, compose.stderr)
        let services = try XCTUnwrap((try json(compose) as? [String: Any])?["services"] as? [String: Any])
        let ports = try XCTUnwrap((services["web"] as? [String: Any])?["ports"] as? [[String: Any]])
        XCTAssertEqual(ports.first?["published"] as? String, "8080")
        XCTAssertEqual(ports.first?["target"] as? Int, 80)

        let nginx = try parse(["nginx", "nginx.conf", "--json"])
        XCTAssertEqual(nginx.status, 0, nginx.stderr)
        let crossplane = try XCTUnwrap(try json(nginx) as? [String: Any])
        XCTAssertEqual(crossplane["status"] as? String, "ok")
        let parsed = try XCTUnwrap(((crossplane["config"] as? [[String: Any]])?.first)?["parsed"] as? [[String: Any]])
        XCTAssertEqual(parsed.map { $0["directive"] as? String }, ["events", "http"])
    }

    func testErrorsNameFileLineAndColumnAndExitOne() throws {
        let result = try parse(["nginx", "broken.conf"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("broken.conf:3:"), result.stderr)
        XCTAssertFalse(result.stderr.contains("Fatal error"))
    }

    func testAMissingFileIsBadInput() throws {
        for format in ["dockerfile", "compose", "nginx"] {
            let result = try parse([format, "missing"])
            XCTAssertEqual(result.status, 2, "\(format): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains("missing"), result.stderr)
        }
    }

    func testHelpTeachesWithExamples() throws {
        for format in ["dockerfile", "compose", "nginx"] {
            let help = try CommandRunner.berth(["parse", format, "--help"])
            XCTAssertEqual(help.status, 0)
            XCTAssertTrue(help.stdout.contains("Examples:"), "\(format) help has no examples")
        }
    }
}
