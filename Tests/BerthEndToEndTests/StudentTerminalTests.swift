import BerthTestSupport
import Foundation
import XCTest

/// The student's loop in a real terminal (tmux): `berth check` by hand, and `berth watch`
/// answering saves and keys, on lab `mini`.
final class StudentTerminalTests: XCTestCase {
    private var labs: TemporaryDirectory!
    private var workspace: TemporaryDirectory!

    override func setUpWithError() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (apt-get install tmux)")
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

    private var berth: String { RepositoryPaths.berthBinary.path }

    /// Copies the reference solution of `task` into the workspace, as a student would save it.
    private func copySolution(_ task: String) throws {
        let solution = labs.path + "/mini/solutions/" + task
        for name in try FileManager.default.contentsOfDirectory(atPath: solution) {
            let target = workspace.path + "/" + name
            try? FileManager.default.removeItem(atPath: target)
            try FileManager.default.copyItem(atPath: solution + "/" + name, toPath: target)
        }
    }

    func testInitThenAFailingCheckThenTheSolutionThenTheNextTask() throws {
        let shell = try TmuxSession("cd '\(workspace.path)' && BERTH_LABS='\(labs.path)' sh", columns: 100, rows: 40)
        try shell.send("\(berth) init . --lab mini", "Enter")
        let screen1 = try shell.waitFor("Next: berth")
        XCTAssertTrue(screen1.contains("Created"), screen1)

        try shell.send("clear; \(berth) check", "Enter")
        let failing = try shell.waitFor("0 of 2 checks passed")
        XCTAssertTrue(failing.contains("✗ exists  There is no hello.txt."), failing)
        XCTAssertTrue(failing.contains("fix: Create hello.txt."), failing)
        let coloured = try shell.screen(escapes: true)
        XCTAssertTrue(coloured.contains("\u{1B}["), "a terminal gets colour")

        try copySolution("hello")
        try shell.send("clear; \(berth) check", "Enter")
        let passing = try shell.waitFor("Next: Say goodbye")
        XCTAssertTrue(passing.contains("2 of 2 checks passed, 3 of 3 points"), passing)
        XCTAssertTrue(passing.contains("Task hello passed. Next: Say goodbye (bye): berth show"), passing)
    }

    /// A workspace of lab `mini` with `berth watch` running in it, on its first screen.
    private func startWatch() throws -> (TmuxSession, String) {
        XCTAssertEqual(try CommandRunner.berth(["init", ".", "--lab", "mini", "--labs", labs.path], in: workspace.path).status, 0)
        let watch = try TmuxSession("cd '\(workspace.path)' && \(berth) watch --labs '\(labs.path)'; echo WATCH-ENDED",
                                    columns: 120, rows: 40)
        return (watch, try watch.waitFor("q quit"))
    }

    func testWatchChecksEachSaveAndAnswersKeys() throws {
        let (watch, first) = try startWatch()
        XCTAssertTrue(first.contains("✗ exists  There is no hello.txt."), first)
        XCTAssertTrue(first.contains("0 of 2 tasks done"), first)

        try workspace.write("hello.txt", "Hello\n")
        let passed = try watch.waitFor("Watching it now")
        XCTAssertTrue(passed.contains("saved hello.txt"), passed)
        XCTAssertTrue(passed.contains("Task hello passed: 3 points. Next: Say goodbye (bye)"), passed)

        try watch.send("h")
        let hint = try watch.waitFor("Hint 1 of 1")
        XCTAssertTrue(hint.contains("Hint 1 of 1: Make bye.txt."), hint)
        try watch.send("l")
        let list = try watch.waitFor("3 of 4 points")
        XCTAssertTrue(list.contains("done    3/3     hello"), list)
        XCTAssertTrue(list.contains("current 0/1     bye"), list)

        try workspace.write("bye.txt", "Bye\n")
        let done = try watch.waitFor("Every task of mini passed")
        XCTAssertTrue(done.contains("4 of 4 points"), done)
        try watch.send("q")
        let ended = try watch.waitFor("WATCH-ENDED")
        XCTAssertTrue(ended.contains("Stopped watching."), ended)

        let status = try CommandRunner.berth(["list", "--labs", labs.path], in: workspace.path)
        XCTAssertTrue(status.stdout.contains("1. done    1/1"), status.stdout)
    }

    func testWatchMovesOnWithNAndChecksEveryTaskWithC() throws {
        try workspace.write("bye.txt", "Bye\n")
        let (watch, first) = try startWatch()
        XCTAssertTrue(first.contains("Say hello (hello)"), first)
        try watch.send("n")
        let next = try watch.waitFor("Say goodbye (bye)")
        XCTAssertTrue(next.contains("✓ exists"), next)
        try watch.send("c")
        let all = try watch.waitFor("Watching Say hello (hello) now")
        XCTAssertTrue(all.contains("✗ 0. hello"), all)
        XCTAssertTrue(all.contains("✓ 1. bye"), all)
        try watch.send("q")
    }
}
