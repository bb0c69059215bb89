import BerthNotes
import XCTest

/// The text of `berth notes --search`, with width and colour pinned.
final class SearchResultsWriterTests: XCTestCase {
    private let results: [SearchResult] = {
        let note = Note(topic: "rate-limiting", title: "Rate limiting", summary: "S", group: "G", order: 1,
                        markdown: "", path: "/notes/rate-limiting.md", bodyStartLine: 7)
        let other = Note(topic: "reverse-proxy", title: "Reverse proxy", summary: "S", group: "G", order: 2,
                         markdown: "", path: "/notes/reverse-proxy.md", bodyStartLine: 7)
        return [
            SearchResult(note: note, score: 2, excerpts: [
                Excerpt(lines: [.init(number: 9, text: "Send 429:", isMatch: false),
                                .init(number: 10, text: "    limit_req_status 429;", isMatch: true),
                                .init(number: 11, text: "", isMatch: false)]),
                Excerpt(lines: [.init(number: 98, text: "Status codes", isMatch: false),
                                .init(number: 99, text: "Without LIMIT_REQ_STATUS nginx answers 503.", isMatch: true)]),
            ]),
            SearchResult(note: other, score: 1, excerpts: [
                Excerpt(lines: [.init(number: 20, text: "a status line that is far too long to fit", isMatch: true)]),
            ]),
        ]
    }()

    func testPlainResultsAreGrepStyleWithFileLineNumbers() {
        let text = SearchResultsWriter(style: .plain, width: 40).write(results, query: "limit_req_status")
        XCTAssertEqual(text, """
            rate-limiting  Rate limiting
               9- Send 429:
              10:     limit_req_status 429;
              11-
                --
              98- Status codes
              99: Without LIMIT_REQ_STATUS nginx an…

            reverse-proxy  Reverse proxy
              20: a status line that is far too lon…

            """)
    }

    func testColourHighlightsTheMatchedWordsOnly() {
        let text = SearchResultsWriter(style: TerminalStyle(color: true), width: 80).write(results, query: "limit_req_status")
        XCTAssertTrue(text.contains("    \u{1B}[1m\u{1B}[33mlimit_req_status\u{1B}[39m\u{1B}[22m 429;"),
                      "the phrase is highlighted whole: \(text.debugDescription)")
        XCTAssertTrue(text.contains("Without \u{1B}[1m\u{1B}[33mLIMIT_REQ_STATUS\u{1B}[39m\u{1B}[22m nginx"))
        XCTAssertTrue(text.contains("a \u{1B}[1m\u{1B}[33mstatus\u{1B}[39m\u{1B}[22m line"), "single words too")
        XCTAssertFalse(text.contains("\u{1B}[33mSend"), "context lines are not highlighted")
        XCTAssertEqual(removingTerminalEscapes(from: text),
                       SearchResultsWriter(style: .plain, width: 80).write(results, query: "limit_req_status"))
    }

    func testNoResultsSaysSoAndWhatToTry() {
        XCTAssertEqual(SearchResultsWriter(style: .plain, width: 80).write([], query: "quantum"),
                       "No note mentions quantum.\nTry fewer or shorter words, or list every topic with: berth notes\n")
    }
}
