import BerthTestSupport
import XCTest

/// The command line's contract: help that teaches, a version, and berth's exit codes.
final class CommandLineTests: XCTestCase {
    func testVersion() throws {
        let result = try CommandRunner.berth(["--version"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "0.1.0\n")
    }

    func testHelpListsCommandsWithTheirAbstracts() throws {
        let result = try CommandRunner.berth(["--help"], environment: ["COLUMNS": "100"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("USAGE: berth <subcommand>"), result.stdout)
        XCTAssertTrue(result.stdout.contains("notes"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Read the concept notes offline"), result.stdout)
        XCTAssertTrue(result.stdout.contains("berth notes rate"), "help shows examples")
    }

    func testNotesHelpHasExamples() throws {
        let result = try CommandRunner.berth(["notes", "--help"], environment: ["COLUMNS": "100"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("berth notes --search \"limit_req_status\""), result.stdout)
        XCTAssertTrue(result.stdout.contains("--color <when>"), result.stdout)
    }

    func testUnknownSubcommandIsBadUsage() throws {
        let result = try CommandRunner.berth(["frobnicate"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("frobnicate"), result.stderr)
        XCTAssertEqual(result.stdout, "")
    }

    func testInvalidOptionValueIsBadUsage() throws {
        let result = try CommandRunner.berth(["notes", "tls", "--width", "5"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("--width must be at least 20"), result.stderr)
        let color = try CommandRunner.berth(["notes", "--color", "sometimes"])
        XCTAssertEqual(color.status, 2)
        XCTAssertTrue(color.stderr.contains("sometimes"), color.stderr)
    }

    func testConflictingModesAreRejected() throws {
        let result = try CommandRunner.berth(["notes", "tls", "--search", "cert"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("not several"), result.stderr)
    }
}
