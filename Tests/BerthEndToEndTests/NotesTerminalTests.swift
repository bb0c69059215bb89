import BerthTestSupport
import XCTest

/// `berth notes` in a real terminal: colour on, long notes paged, short output not.
final class NotesTerminalTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(TmuxSession.isAvailable, "tmux is not installed (apt-get install tmux)")
    }

    func testLongNoteIsPagedInATerminal() throws {
        let session = try TmuxSession("\(RepositoryPaths.berthBinary.path) notes dockerfile",
                                      columns: 80, rows: 20, environment: ["PAGER": "less -R", "LESS": ""])
        let screen = try session.waitFor("Dockerfile")
        // less shows one screen and waits: the last row is its prompt, not the end of the note.
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(rows.contains { $0.hasPrefix(":") }, screen)
        let coloured = try session.screen(escapes: true)
        XCTAssertTrue(coloured.contains("\u{1B}["), "colour in a terminal: \(coloured)")
        XCTAssertFalse(screen.contains("See also"), "the end of the note is not on the first screen")
        try session.send("q")
    }

    func testPagerCanBeTurnedOff() throws {
        let session = try TmuxSession("\(RepositoryPaths.berthBinary.path) notes dockerfile --no-pager; echo DONE",
                                      columns: 80, rows: 20)
        // Without a pager the whole note scrolls past and the shell goes on at once.
        let screen = try session.waitFor("DONE")
        XCTAssertTrue(screen.contains("DONE"), screen)
        XCTAssertTrue(screen.contains("See also"), "the end of the note is on screen")
    }
}
