import BerthNotes
import XCTest

/// Block-level rendering: headings, paragraphs, quotes, code, HTML and breaks, each in
/// plain text and in colour, asserted character for character.
final class RenderBlockTests: XCTestCase {
    /// The start of an ANSI SGR sequence.
    private let e = "\u{1B}["

    private func render(_ markdown: String, width: Int = 40, _ style: TerminalStyle = .plain) -> String {
        TerminalRenderer(options: RenderOptions(width: width, style: style)).render(markdown: markdown)
    }

    func testPlainHeadingsOneAndTwoAreUnderlinedToTheirWidth() {
        XCTAssertEqual(render("# Images\n\n## Layers and cache\n\n### Tags\n\n#### Digests"), """
            Images
            ======

            Layers and cache
            ----------------

            Tags

            Digests

            """)
    }

    func testColourHeadingsAreBoldAndLevelOneUnderlinedAndColoured() {
        XCTAssertEqual(render("# Images\n## Layers\n### Tags", TerminalStyle(color: true)), """
            \(e)1m\(e)4m\(e)35mImages\(e)39m\(e)24m\(e)22m

            \(e)1m\(e)36mLayers\(e)39m\(e)22m

            \(e)1mTags\(e)22m

            """)
    }

    func testLongHeadingWrapsAndIsUnderlinedToItsWidestLine() {
        XCTAssertEqual(render("Running several replicas behind nginx\n===", width: 20), """
            Running several
            replicas behind
            nginx
            ===============

            """)
    }

    func testParagraphJoinsSoftBreaksAndWrapsAtTheWidth() {
        let markdown = "A container is one running\ninstance of an image: its layers and a thin writable layer."
        XCTAssertEqual(render(markdown, width: 30), """
            A container is one running
            instance of an image: its
            layers and a thin writable
            layer.

            """)
    }

    func testHardBreaksStartANewLine() {
        XCTAssertEqual(render("first line\\\nsecond line  \nthird"), "first line\nsecond line\nthird\n")
    }

    func testBlockQuoteIsPrefixedAndWrappedInsideTheBar() {
        let markdown = "> nginx reads a mounted config only on reload or restart.\n>\n> Second paragraph."
        XCTAssertEqual(render(markdown, width: 30), """
            > nginx reads a mounted config
            > only on reload or restart.
            >
            > Second paragraph.

            """)
        XCTAssertEqual(render(markdown, width: 30, TerminalStyle(color: true)), """
            \(e)32m│\(e)39m nginx reads a mounted config
            \(e)32m│\(e)39m only on reload or restart.
            \(e)32m│\(e)39m
            \(e)32m│\(e)39m Second paragraph.

            """)
    }

    func testNestedBlockQuotesStackTheirBars() {
        XCTAssertEqual(render("> outer\n>\n> > inner quote that wraps here\n>\n> outer again", width: 24), """
            > outer
            >
            > > inner quote that
            > > wraps here
            >
            > outer again

            """)
    }

    func testThematicBreakFillsTheTextArea() {
        XCTAssertEqual(render("above\n\n---\n\nbelow", width: 20), "above\n\n\(String(repeating: "-", count: 20))\n\nbelow\n")
        XCTAssertEqual(render("***", width: 20, TerminalStyle(color: true)),
                       "\(e)2m\(String(repeating: "─", count: 20))\(e)22m\n")
        XCTAssertEqual(render("> ___", width: 20), "> \(String(repeating: "-", count: 18))\n")
    }

    func testFencedCodeShowsItsLanguageAndIsIndentedButNeverWrapped() {
        let line = "docker run --rm -p 8080:80 -v \"$PWD/site:/usr/share/nginx/html:ro\" nginx:1.27"
        XCTAssertEqual(render("Run:\n\n```sh title=run\n\(line)\n\n  indented  \n```\nDone.", width: 20), """
            Run:

              sh
              \(line)

                indented

            Done.

            """)
    }

    func testCodeInPlainTextIsExactlyAsWrittenEvenWithQuotesAndMarkdownCharacters() {
        let code = "echo \"Hello, World!\" 'single' -- *not emphasis* `tick` <b>"
        XCTAssertEqual(render("```\n\(code)\n```"), "  \(code)\n")
    }

    func testIndentedCodeBlockHasNoLanguageLine() {
        XCTAssertEqual(render("Before.\n\n    let port = 5252\n      return port\n"), """
            Before.

              let port = 5252
                return port

            """)
    }

    func testColourCodeBlockDimsTheLanguageAndLeavesUnknownLanguagesUncoloured() {
        XCTAssertEqual(render("```text\nplain *words*\n```", TerminalStyle(color: true)),
                       "  \(e)2mtext\(e)22m\n  plain *words*\n")
    }

    func testHTMLBlockIsShownAsDimTextNotInterpreted() {
        let markdown = "<div class=\"note\">\n  <b>raw</b>\n</div>\n\nAfter."
        XCTAssertEqual(render(markdown), "<div class=\"note\">\n  <b>raw</b>\n</div>\n\nAfter.\n")
        XCTAssertEqual(render(markdown, TerminalStyle(color: true)), """
            \(e)2m<div class="note">\(e)22m
            \(e)2m  <b>raw</b>\(e)22m
            \(e)2m</div>\(e)22m

            After.

            """)
    }

    func testBlocksAreSeparatedByExactlyOneBlankLine() {
        XCTAssertEqual(render("# Title\nText right after.\n\n\n\n> quote\n```\ncode\n```\n- item"), """
            Title
            =====

            Text right after.

            > quote

              code

            - item

            """)
    }
}
