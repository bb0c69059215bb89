import BerthNotes
import XCTest

/// Inline rendering: emphasis, code, links (OSC 8 on and off), note links, images and
/// inline HTML, in plain text and in colour.
final class RenderInlineTests: XCTestCase {
    private let e = "\u{1B}["
    /// OSC 8 opening `url`, as TerminalStyle writes it.
    private func osc8(_ url: String) -> String { "\u{1B}]8;;\(url)\u{1B}\\" }

    private func render(_ markdown: String, width: Int = 80, _ style: TerminalStyle = .plain) -> String {
        TerminalRenderer(options: RenderOptions(width: width, style: style)).render(markdown: markdown)
    }

    func testEmphasisAndStrongAreItalicAndBoldInColourAndPlainWordsWithout() {
        let markdown = "An *image* is **read-only**, ***really***."
        XCTAssertEqual(render(markdown), "An image is read-only, really.\n")
        XCTAssertEqual(render(markdown, TerminalStyle(color: true)),
                       "An \(e)3mimage\(e)23m is \(e)1mread-only\(e)22m, \(e)1m\(e)3mreally\(e)23m\(e)22m.\n")
    }

    func testInlineCodeKeepsBackticksInPlainTextAndIsColouredOtherwise() {
        XCTAssertEqual(render("Run `docker ps -a` now."), "Run `docker ps -a` now.\n")
        XCTAssertEqual(render("Run `docker ps -a` now.", TerminalStyle(color: true)),
                       "Run \(e)33mdocker ps -a\(e)39m now.\n")
    }

    func testInlineCodeHoldingBackticksIsFencedWithMore() {
        XCTAssertEqual(render("Type ``echo `date` `` here."), "Type ``echo `date` `` here.\n")
        XCTAssertEqual(render("Type `` `quoted` `` here."), "Type `` `quoted` `` here.\n")
    }

    func testInlineCodeKeepsItsRunsOfSpaces() {
        XCTAssertEqual(render("Align `a    b` here."), "Align `a    b` here.\n")
    }

    func testQuotesAndDashesStayASCII() {
        XCTAssertEqual(render("Print \"Hello, World!\" -- it's 'done'..."), "Print \"Hello, World!\" -- it's 'done'...\n")
    }

    func testLinkWithoutHyperlinksShowsItsDestination() {
        XCTAssertEqual(render("Read [the nginx docs](https://nginx.org/en/docs/ \"docs\")."),
                       "Read the nginx docs (https://nginx.org/en/docs/).\n")
    }

    func testLinkWithHyperlinksIsAnOSC8LinkAroundItsText() {
        XCTAssertEqual(render("Read [the docs](https://nginx.org/).", TerminalStyle(color: true)),
                       "Read \(osc8("https://nginx.org/"))\(e)4m\(e)34mthe docs\(e)39m\(e)24m\(osc8("")).\n")
        XCTAssertEqual(render("Read [the docs](https://nginx.org/).", TerminalStyle(color: false, hyperlinks: true)),
                       "Read \(osc8("https://nginx.org/"))the docs\(osc8("")).\n")
    }

    func testColourWithoutHyperlinksDimsTheDestination() {
        XCTAssertEqual(render("See [docs](https://nginx.org/).", TerminalStyle(color: true, hyperlinks: false)),
                       "See \(e)4m\(e)34mdocs\(e)39m\(e)24m\(e)2m (https://nginx.org/)\(e)22m.\n")
    }

    func testAutolinksShowTheirAddressOnce() {
        XCTAssertEqual(render("Go to <https://nginx.org> or <admin@example.com>."),
                       "Go to https://nginx.org or admin@example.com.\n")
        XCTAssertEqual(render("<https://nginx.org>", TerminalStyle(color: false, hyperlinks: true)),
                       "\(osc8("https://nginx.org"))https://nginx.org\(osc8(""))\n")
    }

    func testLinkToAnotherNoteNamesTheCommandThatOpensIt() {
        let markdown = "See [rate limiting](rate-limiting.md) and [TLS](./tls.md#ciphers)."
        XCTAssertEqual(render(markdown),
                       "See rate limiting (berth notes rate-limiting) and TLS (berth notes tls).\n")
        XCTAssertEqual(render(markdown, TerminalStyle(color: true)),
                       "See rate limiting\(e)2m (berth notes rate-limiting)\(e)22m and TLS\(e)2m (berth notes tls)\(e)22m.\n")
    }

    func testOnlyRelativeMarkdownDestinationsAreNoteLinks() {
        XCTAssertEqual(render("[a](https://example.com/README.md) [b](/notes/tls.md) [c](tls.html) [d](../notes/volumes.md)", width: 100),
                       "a (https://example.com/README.md) b (/notes/tls.md) c (tls.html) d (berth notes volumes)\n")
    }

    func testTheNoteCommandIsNeverSplitAcrossLines() {
        XCTAssertEqual(render("Anything that lasts belongs in a [volume](volumes.md).", width: 40), """
            Anything that lasts belongs in a volume
            (berth notes volumes).

            """)
    }

    func testImagesShowTheirAltText() {
        XCTAssertEqual(render("![The request path](path.png) and ![](x.png)"), "[image: The request path] and [image]\n")
        XCTAssertEqual(render("![diagram](d.png)", TerminalStyle(color: true)), "\(e)2m[image: diagram]\(e)22m\n")
    }

    func testInlineHTMLIsDimTextNotInterpreted() {
        XCTAssertEqual(render("Press <kbd>Ctrl</kbd>-C."), "Press <kbd>Ctrl</kbd>-C.\n")
        XCTAssertEqual(render("Press <kbd>Ctrl</kbd>-C.", TerminalStyle(color: true)),
                       "Press \(e)2m<kbd>\(e)22mCtrl\(e)2m</kbd>\(e)22m-C.\n")
    }

    func testLinkWrappedOverTwoLinesIsClosedAndReopenedOnEach() {
        let output = render("Read [the official nginx documentation](https://nginx.org/) today.", width: 20,
                            TerminalStyle(color: false, hyperlinks: true))
        XCTAssertEqual(output, """
            Read \(osc8("https://nginx.org/"))the official\(osc8(""))
            \(osc8("https://nginx.org/"))nginx documentation\(osc8(""))
            today.

            """)
    }

    func testStylesCloseAtTheEndOfEveryLine() {
        let output = render("**a bold phrase that is long enough to wrap twice**", width: 20, TerminalStyle(color: true))
        XCTAssertEqual(output, """
            \(e)1ma bold phrase that\(e)22m
            \(e)1mis long enough to\(e)22m
            \(e)1mwrap twice\(e)22m

            """)
    }
}
