import BerthNotes
import XCTest

/// `displayWidth(of:)`: the columns text takes in a terminal.
final class WrapDisplayWidthTests: XCTestCase {
    func testPrintableASCIIIsOneColumnEach() {
        XCTAssertEqual(displayWidth(of: "docker compose up"), 17)
        XCTAssertEqual(displayWidth(of: ""), 0)
    }

    func testEscapeSequencesTakeNoColumns() {
        XCTAssertEqual(displayWidth(of: "\u{1B}[1m\u{1B}[36mbold\u{1B}[39m\u{1B}[22m"), 4)
        XCTAssertEqual(displayWidth(of: TerminalStyle(color: true).hyperlink("https://nginx.org/", "docs")), 4)
        XCTAssertEqual(displayWidth(of: "\u{1B}]8;;https://x\u{07}link\u{1B}]8;;\u{07}"), 4)
    }

    func testCombiningMarksAndZeroWidthCharactersTakeNone() {
        XCTAssertEqual(displayWidth(of: "cafe\u{301}"), 4)
        XCTAssertEqual(displayWidth(of: "zero\u{200B}width"), 9)
    }

    func testEastAsianWideAndEmojiTakeTwo() {
        XCTAssertEqual(displayWidth(of: "漢字"), 4)
        XCTAssertEqual(displayWidth(of: "한국어"), 6)
        XCTAssertEqual(displayWidth(of: "ｆｕｌｌ"), 8)
        XCTAssertEqual(displayWidth(of: "🐳"), 2)
        XCTAssertEqual(displayWidth(of: "👩‍👩‍👧"), 2)
        XCTAssertEqual(displayWidth(of: "🇫🇷"), 2)
        XCTAssertEqual(displayWidth(of: "❤️"), 2)
        XCTAssertEqual(displayWidth(of: "1️⃣"), 2)
        XCTAssertEqual(displayWidth(of: "❤"), 1)
        XCTAssertEqual(displayWidth(of: "│ •"), 3)
    }

    func testRemovingEscapesLeavesWhatTheTerminalShows() {
        let styled = TerminalStyle(color: true)
        XCTAssertEqual(removingTerminalEscapes(from: styled.bold(styled.hyperlink("https://x", "see") + " " + styled.dim("it"))),
                       "see it")
    }
}
