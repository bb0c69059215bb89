import BerthTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// `berth grade` through the binary: every format read back by its reader, exit codes,
/// batches and `--output`.
final class GradeCommandTests: XCTestCase {
    private var solution: SolutionWorkspace!
    private var broken: SolutionWorkspace!

    override func setUpWithError() throws {
        solution = try SolutionWorkspace(lab: "classroom-lb", solution: "solution")
        broken = try SolutionWorkspace(lab: "classroom-lb", solution: "solution")
        // No Dockerfile: every check of the dockerfile task fails, nothing else does.
        try FileManager.default.removeItem(atPath: broken.path + "/Dockerfile")
    }

    /// XCTest keeps every test case object until the process exits, when deinits no longer run.
    override func tearDown() {
        solution = nil
        broken = nil
        super.tearDown()
    }

    private func grade(_ arguments: [String]) throws -> CommandResult {
        try CommandRunner.berth(["grade"] + arguments)
    }

    private func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    func testJSONHasTheDocumentedShapeAndSumsUp() throws {
        let result = try grade([broken.path, "--lab", "classroom-lb", "--format", "json"])
        XCTAssertEqual(result.status, 1, "a failed check fails the run")
        let object = try XCTUnwrap(try json(result.stdout) as? [String: Any], "one repository is one object")
        XCTAssertEqual(Set(object.keys), ["lab", "repo", "mode", "score", "max_score", "status", "tasks"])
        XCTAssertEqual(object["lab"] as? String, "classroom-lb")
        XCTAssertEqual(object["repo"] as? String, broken.path)
        XCTAssertEqual(object["mode"] as? String, "static")
        XCTAssertEqual(object["max_score"] as? Double, 9.5, "static grading: the live half point is left out")
        let tasks = try XCTUnwrap(object["tasks"] as? [[String: Any]])
        XCTAssertEqual(tasks.map { $0["id"] as? String }, ["dockerfile", "compose", "scale", "load-balancing"])
        var total = 0.0
        for task in tasks {
            XCTAssertTrue(["pass", "fail", "partial", "skipped", "error"].contains(task["status"] as? String ?? ""))
            let checks = try XCTUnwrap(task["checks"] as? [[String: Any]])
            let points = checks.reduce(0.0) { $0 + ($1["points"] as? Double ?? -100) }
            XCTAssertEqual(task["score"] as? Double ?? -1, points, accuracy: 0.001, "a task's score is its checks' points")
            for check in checks {
                XCTAssertTrue(Set(check.keys).isSuperset(of: ["id", "status", "points", "max_points", "message", "file", "line", "column"]))
            }
            total += points
        }
        XCTAssertEqual(object["score"] as? Double ?? -1, total, accuracy: 0.001)
        XCTAssertEqual(tasks[0]["status"] as? String, "fail")
        XCTAssertEqual(tasks[0]["score"] as? Double, 0)
        let lost = tasks.flatMap { $0["checks"] as? [[String: Any]] ?? [] }.filter { $0["status"] as? String != "pass" }
            .reduce(0.0) { $0 + ($1["max_points"] as? Double ?? 0) }
        XCTAssertEqual(total, 9.5 - lost, accuracy: 0.001, "the missing Dockerfile costs exactly the points of the checks it fails")
        XCTAssertEqual(total, 7, accuracy: 0.001, "its own task's 2 points and the 0.5 of the service built from it")

        let several = try grade([solution.path, broken.path, "--lab", "classroom-lb", "--format", "json"])
        let array = try XCTUnwrap(try json(several.stdout) as? [[String: Any]], "several repositories are an array")
        XCTAssertEqual(array.map { $0["repo"] as? String }, [solution.path, broken.path])
        XCTAssertEqual(array.map { $0["score"] as? Double }, [9.5, 7])
    }

    func testJUnitParsesWithASuitePerTaskAndACasePerCheck() throws {
        let result = try grade([broken.path, "--lab", "classroom-lb", "--format", "junit"])
        let reader = JUnitReader()
        let parser = XMLParser(data: Data(result.stdout.utf8))
        parser.delegate = reader
        XCTAssertTrue(parser.parse(), "well-formed XML: \(parser.parserError.map(String.init(describing:)) ?? "")")
        XCTAssertEqual(reader.suites, ["dockerfile", "compose", "scale", "load-balancing"])
        let json = try XCTUnwrap(try self.json(try grade([broken.path, "--lab", "classroom-lb", "--format", "json"]).stdout) as? [String: Any])
        let checks = (json["tasks"] as? [[String: Any]] ?? []).flatMap { $0["checks"] as? [[String: Any]] ?? [] }
        XCTAssertEqual(reader.cases, checks.count)
        XCTAssertEqual(reader.failures, checks.filter { $0["status"] as? String == "fail" }.count)
        XCTAssertTrue(reader.failureTexts.contains { $0.contains("Dockerfile:1:1: expected") }, "\(reader.failureTexts)")
    }

    func testClassroomResultDecodesAndSumsAsTheReporterDoes() throws {
        let result = try grade([broken.path, "--lab", "classroom-lb", "--format", "classroom"])
        let line = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let decoded = try XCTUnwrap(Data(base64Encoded: line), "one base64 line")
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: decoded) as? [String: Any])
        XCTAssertEqual(object["version"] as? Int, 1)
        XCTAssertEqual(object["status"] as? String, "fail")
        XCTAssertEqual(object["max_score"] as? Double, 9.5)
        let tests = try XCTUnwrap(object["tests"] as? [[String: Any]])
        // The reporter adds every test's score and compares it with max_score.
        XCTAssertEqual(tests.reduce(0.0) { $0 + ($1["score"] as? Double ?? 0) }, 7, accuracy: 0.001)
        let failed = tests.filter { $0["status"] as? String == "fail" }
        XCTAssertFalse(failed.isEmpty)
        for test in tests {
            XCTAssertNotNil(test["name"] as? String)
            XCTAssertNotNil(test["message"] as? String)
            XCTAssertNotNil(test["line_no"] as? Int)
            XCTAssertNotNil(test["filename"] as? String)
        }
        XCTAssertTrue(failed.allSatisfy { ($0["message"] as? String ?? "").contains("Fix:") })
    }

    func testCSVReadsBackAsAGradebook() throws {
        let empty = try TemporaryDirectory(prefix: "berth, \"odd\" name")
        let result = try grade([solution.path, broken.path, empty.path, "--lab", "classroom-lb", "--format", "csv"])
        let rows = CSVReader.rows(result.stdout)
        XCTAssertEqual(rows.first, ["repo", "lab", "status", "dockerfile", "compose", "scale", "load-balancing", "score", "max_score"])
        XCTAssertEqual(rows.count, 4)
        XCTAssertEqual(rows[1], [solution.path, "classroom-lb", "pass", "2", "4", "1.5", "2", "9.5", "9.5"])
        XCTAssertEqual(rows[2][0], broken.path)
        XCTAssertEqual(rows[2][3], "0")
        XCTAssertEqual(rows[2][7], "7")
        XCTAssertEqual(rows[3][0], empty.path, "a name with a comma and quotes survives the round trip")
        XCTAssertEqual(rows[3][7], "0")
    }

    func testSARIFIsValidAgainstThePublishedSchema() throws {
        try XCTSkipIf(PythonTools.python == nil, "run scripts/setup --test to install the SARIF 2.1.0 validator")
        let result = try grade([solution.path, broken.path, "--lab", "classroom-lb", "--format", "sarif"])
        XCTAssertEqual(try PythonTools.sarifSchemaErrors(in: result.stdout), [])
        let object = try XCTUnwrap(try json(result.stdout) as? [String: Any])
        let runs = try XCTUnwrap(object["runs"] as? [[String: Any]])
        XCTAssertEqual(runs.count, 2, "a run per repository")
        XCTAssertEqual((runs[0]["results"] as? [Any])?.count, 0)
        XCTAssertEqual((runs[1]["results"] as? [[String: Any]])?.first?["ruleId"] as? String, "dockerfile/base-image")
    }

    func testMarkdownAndTextSayWhatToFix() throws {
        let markdown = try grade([broken.path, "--lab", "classroom-lb", "--format", "markdown"])
        XCTAssertTrue(markdown.stdout.contains("`: 7 of 9.5 points"), markdown.stdout)
        XCTAssertTrue(markdown.stdout.contains("| ❌ | An image for the service (`dockerfile`) | 0 / 2 |"), markdown.stdout)
        XCTAssertTrue(markdown.stdout.contains("- **dockerfile / base-image** at `Dockerfile:1:1`"), markdown.stdout)

        let text = try grade([broken.path, "--lab", "classroom-lb"])
        XCTAssertTrue(text.stdout.contains("lab classroom-lb, static  7/9.5 points"), text.stdout)
        XCTAssertTrue(text.stdout.contains("✗ dockerfile"), text.stdout)
        XCTAssertTrue(text.stdout.contains("fix: "), text.stdout)
        XCTAssertFalse(text.stdout.contains("\u{1B}["), "no colour in a pipe")
    }

    func testExitCodesMinScoreGuessesAndErrorRows() throws {
        XCTAssertEqual(try grade([solution.path]).status, 0)
        let guessed = try grade([broken.path, "--min-score", "7"])
        XCTAssertEqual(guessed.status, 0, "7 points reach --min-score 7")
        XCTAssertTrue(guessed.stderr.contains("as lab classroom-lb (guessed from its files; name it with --lab)"), guessed.stderr)
        XCTAssertEqual(try grade([broken.path, "--min-score", "7.5"]).status, 1)

        let missing = try grade([solution.path, solution.path + "/nothing-here", "--lab", "classroom-lb", "--format", "json"])
        XCTAssertEqual(missing.status, 2, "an unreadable repository is bad input")
        let array = try XCTUnwrap(try json(missing.stdout) as? [[String: Any]])
        XCTAssertEqual(array.map { $0["status"] as? String }, ["pass", "error"], "the batch goes on after an error row")
        XCTAssertTrue(missing.stderr.contains("does not exist"), missing.stderr)

        let unknown = try grade([solution.path, "--lab", "classroom"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("classroom-lb"), unknown.stderr)
    }

    func testOutputIsWrittenToTheFileNotToStandardOutput() throws {
        let folder = try TemporaryDirectory(prefix: "berth-report")
        let file = folder.path + "/grades.json"
        let result = try grade([solution.path, "--lab", "classroom-lb", "--format", "json", "--output", file])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "")
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
        XCTAssertEqual(object["score"] as? Double, 9.5)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["grades.json"], "no temporary file left")
    }
}

extension GradeCommandTests {
    /// The certificate and grading steps of each lab's classroom workflow, run as Actions would
    /// run them, with the Docker testbed's engine standing in for the runner's.
    func testTheClassroomWorkflowsGradeStepWritesASummaryAndAResult() throws {
        let testbed = try DockerTestbed.require()
        for lab in ["classroom-lb", "stack"] {
            let workflow = try String(contentsOf: RepositoryPaths.labs.appendingPathComponent("\(lab)/classroom-workflow.yml"), encoding: .utf8)
            let lines = workflow.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            let steps = lines.filter { $0.hasPrefix("berth grade") || $0.hasPrefix("echo \"result=") || $0.hasPrefix("if [ -f scripts/make-cert.sh ]") }
            XCTAssertEqual(steps.count, lab == "stack" ? 3 : 2, "\(lab): the certificate, summary and result lines")
            XCTAssertTrue(steps.filter { $0.contains("berth grade") }.allSatisfy { $0.contains("--live") }, "\(lab) grades live")
            XCTAssertTrue(lines.contains("BERTH_LAB: \(lab)"), lab)
            XCTAssertTrue(lines.contains("uses: classroom-resources/autograding-grading-reporter@v1"), lab)

            let repository = lab == "stack" ? try SolutionWorkspace(lab: lab, solution: "solutions/11-reload") : solution!
            let outputs = try TemporaryDirectory(prefix: "berth-actions")
            let binary = RepositoryPaths.berthBinary.deletingLastPathComponent().path
            let script = "set -e; export PATH='\(binary)':$PATH BERTH_LAB=\(lab) GITHUB_STEP_SUMMARY='\(outputs.path)/summary' "
                + "GITHUB_OUTPUT='\(outputs.path)/output'; " + steps.joined(separator: "; ")
            let run = try testbed.run(["/bin/bash", "-c", script], in: repository.path)
            XCTAssertEqual(run.status, 0, run.stderr)
            let summary = try String(contentsOfFile: outputs.path + "/summary", encoding: .utf8)
            XCTAssertTrue(summary.contains("live checks"), summary)
            let output = try String(contentsOfFile: outputs.path + "/output", encoding: .utf8)
            let encoded = try XCTUnwrap(output.split(separator: "\n").first?.dropFirst("result=".count))
            let decoded = try XCTUnwrap(Data(base64Encoded: String(encoded)))
            let result = try XCTUnwrap(try JSONSerialization.jsonObject(with: decoded) as? [String: Any])
            XCTAssertEqual(result["status"] as? String, "pass", "\(lab): \(summary)")
            XCTAssertEqual(result["max_score"] as? Double, lab == "stack" ? 100 : 10)
        }
    }
}

/// Counts what a JUnit report holds, the way a CI's reader walks it.
private final class JUnitReader: NSObject, XMLParserDelegate {
    var suites: [String] = []
    var cases = 0
    var failures = 0
    var failureTexts: [String] = []
    private var text: String?

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "testsuite": suites.append(attributes["name"] ?? "")
        case "testcase": cases += 1
        case "failure":
            failures += 1
            text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text? += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "failure", let text { failureTexts.append(text) }
        if name == "failure" { text = nil }
    }
}

/// RFC 4180 rows: quoted fields may hold commas, quotes (doubled) and line breaks.
private enum CSVReader {
    static func rows(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(field)
                field = ""
            } else if character == "\r\n" || character == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(character)
            }
        }
        return rows
    }
}
