import BerthTestSupport
import Foundation
import XCTest

/// `berth lint` as a user runs it: output formats, exit codes, settings and explanations.
final class LintCommandTests: XCTestCase {
    private var repository: TemporaryDirectory!

    override func setUpWithError() throws {
        repository = try TemporaryDirectory()
        try repository.write("Dockerfile", "FROM ubuntu\nRUN apt-get update\nRUN apt-get install -y curl\nCMD python app.py\n")
        try repository.write("compose.yaml", "services:\n  web:\n    build: .\n    ports:\n      - \"5252:5252\"\n")
    }

    /// XCTest keeps every test case object until the process exits, when deinits no longer run.
    override func tearDown() {
        repository = nil
        super.tearDown()
    }

    private func lint(_ arguments: [String] = [], environment: [String: String] = [:]) throws -> CommandResult {
        try CommandRunner.berth(["lint"] + arguments, environment: environment, in: repository.path)
    }

    func testTextNamesPositionRuleFixAndNote() throws {
        let result = try lint()
        XCTAssertEqual(result.status, 1, "warnings fail by default")
        XCTAssertTrue(result.stdout.contains("Dockerfile:1:6: warning: [BL100]"), result.stdout)
        XCTAssertTrue(result.stdout.contains("    fix: "), result.stdout)
        XCTAssertTrue(result.stdout.contains("read: berth notes "), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("in 2 files\n"), result.stdout)
        XCTAssertFalse(result.stdout.contains("\u{1B}["), "plain text in a pipe")
    }

    func testColorAlwaysColoursTheSeverity() throws {
        XCTAssertTrue(try lint(["--color", "always"]).stdout.contains("\u{1B}["))
        XCTAssertTrue(try lint(["--color", "always"], environment: ["NO_COLOR": "1"]).stdout.contains("\u{1B}["), "--color wins over NO_COLOR")
    }

    func testFailureThresholdDecidesTheExitCode() throws {
        XCTAssertEqual(try lint(["--failure-threshold", "error"]).status, 0)
        XCTAssertEqual(try lint(["--failure-threshold", "info"]).status, 1)
        XCTAssertEqual(try lint(["--failure-threshold", "fatal"]).status, 2)
    }

    func testBerthYAMLIgnoresRulesAndSetsTheThreshold() throws {
        try repository.write(".berth.yaml", "lint:\n  ignore: [BL100]\n  failure-threshold: error\n")
        let result = try lint()
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertFalse(result.stdout.contains("BL100"))
        XCTAssertTrue(result.stdout.contains("BL106"))
    }

    func testABrokenBerthYAMLStopsWithItsPosition() throws {
        try repository.write(".berth.yaml", "lint:\n  ignore: [BL999]\n")
        let result = try lint()
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains(".berth.yaml:2:12: error: no rule \"BL999\""), result.stderr)
    }

    func testJSONListsFilesAndFindings() throws {
        let result = try lint(["--format", "json"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try XCTUnwrap(object["findings"] as? [[String: Any]])
        XCTAssertEqual((object["files"] as? [[String: Any]])?.count, 2)
        let first = try XCTUnwrap(findings.first)
        XCTAssertEqual(first["file"] as? String, "Dockerfile")
        XCTAssertEqual(first["line"] as? Int, 1)
        XCTAssertEqual(first["rule"] as? String, "BL100")
    }

    func testSARIFIsValidAgainstThePublishedSchema() throws {
        try XCTSkipIf(PythonTools.python == nil, "run scripts/setup --test to install the SARIF 2.1.0 validator")
        let result = try lint(["--format", "sarif"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(try PythonTools.sarifSchemaErrors(in: result.stdout), [])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let run = try XCTUnwrap((object["runs"] as? [[String: Any]])?.first)
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertTrue(results.contains { $0["ruleId"] as? String == "BL106" })
        // A broken document must fail, or the validator proves nothing.
        XCTAssertFalse(try PythonTools.sarifSchemaErrors(in: #"{"version": "2.1.0", "runs": [{}]}"#).isEmpty)
    }

    func testExplainGivesTheWhyTheFixAndTheNote() throws {
        let result = try CommandRunner.berth(["lint", "--explain", "bl306"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.hasPrefix("BL306 (warning):"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Fix: "))
        XCTAssertTrue(result.stdout.contains("Read: berth notes rate-limiting (Rate limiting"), result.stdout)
        let unknown = try CommandRunner.berth(["lint", "--explain", "BL3O6"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("Did you mean BL306?"), unknown.stderr)
    }

    func testListRulesShowsEveryFamily() throws {
        let result = try CommandRunner.berth(["lint", "--list-rules"])
        for heading in ["Dockerfile", "Compose", "nginx"] { XCTAssertTrue(result.stdout.contains("\n\(heading)\n"), heading) }
        XCTAssertGreaterThanOrEqual(result.stdout.split(separator: "\n").filter { $0.hasPrefix("  BL") }.count, 30)
    }

    func testAMissingPathIsBadInput() throws {
        let result = try lint(["nothing-here"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("nothing-here does not exist"), result.stderr)
    }

    func testAnEmptyFolderIsClean() throws {
        let empty = try TemporaryDirectory()
        let result = try CommandRunner.berth(["lint"], in: empty.path)
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "no problems in 0 files\n")
    }
}
