import BerthTestSupport
import Foundation
import XCTest

/// The student's loop through the binary: init, status, list, show, hint, check, reset,
/// on a small lab of its own (the bundled labs are validated by `berth lab validate`).
final class StudentLoopTests: XCTestCase {
    private var labs: TemporaryDirectory!
    private var workspace: TemporaryDirectory!

    override func setUpWithError() throws {
        labs = try TemporaryDirectory(prefix: "berth-labs")
        workspace = try TemporaryDirectory(prefix: "berth-workspace")
        try MiniLab.write(into: labs)
    }

    /// XCTest keeps every test case object until the process exits, when deinits no longer run.
    override func tearDown() {
        labs = nil
        workspace = nil
        super.tearDown()
    }

    private func berth(_ arguments: [String], in directory: String? = nil) throws -> CommandResult {
        try CommandRunner.berth(arguments + ["--labs", labs.path], in: directory ?? workspace.path)
    }

    func testInitCopiesTheStarterOnceAndNeverOverwrites() throws {
        try workspace.write("app/main.txt", "the student's own\n")
        let first = try berth(["init", ".", "--lab", "mini"])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("Kept 1 files that were already there: app/main.txt"), first.stdout)
        XCTAssertEqual(try String(contentsOfFile: workspace.path + "/app/main.txt", encoding: .utf8), "the student's own\n")
        let second = try berth(["init", ".", "--lab", "mini"])
        XCTAssertTrue(second.stdout.contains("is ready (lab mini)"), second.stdout)
    }

    func testTheLoopFromAFailingCheckToTheNextTask() throws {
        XCTAssertEqual(try berth(["init", ".", "--lab", "mini"]).status, 0)
        let status = try berth(["status"])
        XCTAssertTrue(status.stdout.contains("Current task: 0. Say hello (hello, 3 points)"), status.stdout)
        XCTAssertTrue(status.stdout.contains("0/2 tasks, 0 of 4 points"), status.stdout)

        let failing = try berth(["check"])
        XCTAssertEqual(failing.status, 1)
        XCTAssertTrue(failing.stdout.contains("✗ exists  There is no hello.txt."), failing.stdout)
        XCTAssertTrue(failing.stdout.contains("hello.txt:1:1: expected hello.txt in the repository, found no file hello.txt"), failing.stdout)
        XCTAssertTrue(failing.stdout.contains("fix: Create hello.txt."), failing.stdout)
        XCTAssertTrue(failing.stdout.contains("read: berth notes dockerfile"), failing.stdout)
        XCTAssertTrue(failing.stdout.contains("0 of 2 checks passed, 0 of 3 points"), failing.stdout)

        try workspace.write("hello.txt", "Hello\n")
        let passing = try berth(["check"])
        XCTAssertEqual(passing.status, 0, passing.stdout)
        XCTAssertTrue(passing.stdout.contains("2 of 2 checks passed, 3 of 3 points"), passing.stdout)
        XCTAssertTrue(passing.stdout.contains("Task hello passed. Next: Say goodbye (bye): berth show"), passing.stdout)

        let list = try berth(["list"])
        XCTAssertEqual(list.stdout, """
             0. done    3/3     hello            Say hello
             1. current 0/1     bye              Say goodbye

            3 of 4 points

            """)

        let reset = try berth(["reset", "hello"])
        XCTAssertTrue(reset.stdout.contains("Task hello is no longer done"), reset.stdout)
        XCTAssertTrue(try berth(["status"]).stdout.contains("Current task: 0. Say hello"))
        XCTAssertEqual(try String(contentsOfFile: workspace.path + "/hello.txt", encoding: .utf8), "Hello\n")
    }

    func testHintsComeOneAtATime() throws {
        XCTAssertEqual(try berth(["init", ".", "--lab", "mini"]).status, 0)
        XCTAssertEqual(try berth(["hint"]).stdout, "Hint 1 of 2: Make a file called hello.txt.\n")
        XCTAssertEqual(try berth(["hint"]).stdout, "Hint 1 of 2: Make a file called hello.txt.\nHint 2 of 2: Write Hello in it.\n")
        XCTAssertTrue(try berth(["hint"]).stdout.hasSuffix("That was the last hint; the note explains the rest: berth notes dockerfile.\n"))
    }

    func testShowRendersTheTaskAndUnknownTasksSuggestOne() throws {
        XCTAssertEqual(try berth(["init", ".", "--lab", "mini"]).status, 0)
        let show = try berth(["show", "--width", "60"])
        XCTAssertTrue(show.stdout.hasPrefix("Say hello\n========="), show.stdout)
        XCTAssertTrue(show.stdout.contains("3 points · 2 hints (berth hint) · read: berth notes dockerfile"), show.stdout)
        let unknown = try berth(["show", "hallo"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("lab `mini` has no task `hallo`. Did you mean `hello`?"), unknown.stderr)
    }

    func testOutsideAWorkspaceBerthSaysHowToStart() throws {
        let bare = try berth([])
        XCTAssertEqual(bare.status, 0)
        XCTAssertTrue(bare.stdout.contains("Start one: berth init my-lab --lab mini"), bare.stdout)
        let check = try berth(["check"])
        XCTAssertEqual(check.status, 2)
        XCTAssertTrue(check.stderr.contains("is not in a berth workspace; create one with `berth init`"), check.stderr)
    }

    func testLabValidateAcceptsAGoodLabAndNamesEveryProblem() throws {
        let valid = try berth(["lab", "validate", labs.path + "/mini"])
        XCTAssertEqual(valid.status, 0, valid.stdout + valid.stderr)
        XCTAssertTrue(valid.stdout.contains("mini: 2 tasks, 3 checks, 4 points: valid"), valid.stdout)

        try labs.write("mini/solutions/bye/hello.txt", "Goodbye\n")
        try labs.write("mini/tasks/bye.md", "")
        let broken = try berth(["lab", "validate", labs.path + "/mini"])
        XCTAssertEqual(broken.status, 1)
        XCTAssertTrue(broken.stdout.contains("lab.yaml:16:9: error: task `hello`: check `says-hello` fails on the solution solutions/bye of task `bye`"), broken.stdout)
        XCTAssertTrue(broken.stdout.contains("task `bye`: its instructions file tasks/bye.md is empty"), broken.stdout)
    }
}

/// The labs berth ships: each validates as `berth lab validate` sees it.
final class BundledLabsTests: XCTestCase {
    func testEveryBundledLabIsValid() throws {
        let result = try CommandRunner.berth(["lab", "validate"])
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        for lab in ["classroom-lb", "softy-pinko", "stack"] {
            XCTAssertTrue(result.stdout.contains("\(lab): ") && result.stdout.contains("points: valid"), result.stdout)
        }
        XCTAssertEqual(result.stdout.components(separatedBy: ": valid\n").count - 1, 3, result.stdout)
    }
}
