import BerthNotes
import XCTest

/// Wrapping prose by display width: whole words only, escape sequences ignored, code
/// never reflowed.
final class WrapTests: XCTestCase {
    private func render(_ markdown: String, width: Int, _ style: TerminalStyle = .plain) -> String {
        TerminalRenderer(options: RenderOptions(width: width, style: style)).render(markdown: markdown)
    }

    private let prose = """
        Layers only ever add. A file deleted in a later layer is hidden, not removed: the
        bytes are still in the earlier layer and still downloaded by everyone who pulls the
        image. Do the download, use and clean-up in the same step, or build in one stage and
        copy only the result (multi-stage builds, `COPY --from=build /app /app`) into a small
        final stage; content-addressed layers are shared between images built FROM one base.
        """

    private func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" })
    }

    func testEveryWordStaysWholeAndEveryLineFitsAtWidths20_40_80() {
        for width in [20, 40, 80] {
            let output = render(prose, width: width)
            XCTAssertEqual(words(output), words(prose), "width \(width)")
            for line in output.split(separator: "\n") {
                XCTAssertLessThanOrEqual(displayWidth(of: line), width, "width \(width): \(line)")
            }
        }
    }

    func testLinesAreFilledGreedily() {
        XCTAssertEqual(render("aa bb cc dd ee ff gg hh ii jj kk", width: 20), "aa bb cc dd ee ff gg\nhh ii jj kk\n")
    }

    func testAWordLongerThanTheWidthStandsAloneUnbroken() {
        let url = "https://registry.example.com/v2/library/nginx/manifests/latest"
        XCTAssertEqual(render("Fetch \(url) to see it.", width: 20), "Fetch\n\(url)\nto see it.\n")
    }

    func testCodeBlockLinesAreNeverBrokenAtAnyWidth() {
        let line = "docker run --rm --name demo -p 8080:80 -v \"$PWD/site:/usr/share/nginx/html:ro\" nginx:1.27 nginx -g 'daemon off;'"
        for width in [20, 40, 80] {
            for style in [TerminalStyle.plain, TerminalStyle(color: true)] {
                let output = render("```sh\n\(line)\n```", width: width, style)
                let codeLine = output.split(separator: "\n").last.map { removingTerminalEscapes(from: $0) }
                XCTAssertEqual(codeLine, "  " + line, "width \(width)")
            }
        }
    }

    func testColourWrapsExactlyLikePlainTextSinceEscapesTakeNoColumns() {
        let markdown = """
            An **image** is a *read-only* template: a stack of **filesystem layers** plus a small
            JSON configuration (the *command* to run, <abbr>env</abbr> variables, the user).
            """
        for width in [20, 40, 80] {
            XCTAssertEqual(removingTerminalEscapes(from: render(markdown, width: width, TerminalStyle(color: true))),
                           render(markdown, width: width), "width \(width)")
        }
    }

    func testWideCharactersTakeTwoColumns() {
        XCTAssertEqual(render("漢字漢字 漢字漢字 漢字漢字", width: 20), "漢字漢字 漢字漢字\n漢字漢字\n")
        XCTAssertEqual(render("🐳🐳🐳🐳 🐳🐳🐳🐳 🐳🐳🐳🐳", width: 20), "🐳🐳🐳🐳 🐳🐳🐳🐳\n🐳🐳🐳🐳\n")
    }

    func testCombiningMarksTakeNoColumns() {
        let cafe = "cafe\u{301}"
        XCTAssertEqual(render([String](repeating: cafe, count: 5).joined(separator: " "), width: 20),
                       "\(cafe) \(cafe) \(cafe) \(cafe)\n\(cafe)\n")
    }

    func testWidthBelowTheMinimumIsRaisedTo20() {
        XCTAssertEqual(RenderOptions(width: 5, style: .plain).width, 20)
        XCTAssertEqual(render("aa bb cc dd ee ff gg hh", width: 3), "aa bb cc dd ee ff gg\nhh\n")
    }
}
