import BerthNotes
import XCTest

/// Lists: bullets by depth, numbering from the start number with aligned text, tight
/// and loose spacing, and blocks inside items indented under the item's text.
final class RenderListTests: XCTestCase {
    private let e = "\u{1B}["

    private func render(_ markdown: String, width: Int = 40, _ style: TerminalStyle = .plain) -> String {
        TerminalRenderer(options: RenderOptions(width: width, style: style)).render(markdown: markdown)
    }

    private let nested = "- images\n  - layers\n    - cache\n      - keys\n- containers"

    func testPlainBulletsUseADashAtEveryDepthAndIndentNestedLists() {
        XCTAssertEqual(render(nested), """
            - images
              - layers
                - cache
                  - keys
            - containers

            """)
    }

    func testColourBulletsChangeWithDepth() {
        let bullet = { (symbol: String) in "\(self.e)36m\(symbol)\(self.e)39m" }
        XCTAssertEqual(render(nested, TerminalStyle(color: true)), """
            \(bullet("•")) images
              \(bullet("◦")) layers
                \(bullet("▪")) cache
                  \(bullet("•")) keys
            \(bullet("•")) containers

            """)
    }

    func testWrappedItemTextLinesUpUnderTheFirstWord() {
        XCTAssertEqual(render("- Stopping a container keeps its writable layer.\n- Short.", width: 24), """
            - Stopping a container
              keeps its writable
              layer.
            - Short.

            """)
    }

    func testOrderedListCountsFromItsStartAndAlignsTheText() {
        XCTAssertEqual(render("8. eight\n9. nine, with text that wraps\n10. ten", width: 24), """
             8. eight
             9. nine, with text that
                wraps
            10. ten

            """)
    }

    func testOrderedListKeepsAParenthesisDelimiter() {
        XCTAssertEqual(render("1) build\n2) run"), "1) build\n2) run\n")
        XCTAssertEqual(render("1) build\n2) run", TerminalStyle(color: true)),
                       "\(e)36m1)\(e)39m build\n\(e)36m2)\(e)39m run\n")
    }

    func testLooseListSeparatesItemsAndTheirBlocksWithBlankLines() {
        XCTAssertEqual(render("- first\n\n- second\n\n  more about it\n- third"), """
            - first

            - second

              more about it

            - third

            """)
    }

    func testTightListWithANestedListHasNoBlankLines() {
        XCTAssertEqual(render("1. build\n   - pull the base\n   - run the steps\n2. ship"), """
            1. build
               - pull the base
               - run the steps
            2. ship

            """)
    }

    func testCodeBlockInsideAnItemIsIndentedUnderTheItemText() {
        XCTAssertEqual(render("1. Build it:\n\n   ```sh\n   docker build -t backend .\n   ```\n\n2. Run it."), """
            1. Build it:

                 sh
                 docker build -t backend .

            2. Run it.

            """)
    }

    func testQuoteInsideAnItemAndListInsideAQuote() {
        XCTAssertEqual(render("- note:\n  > careful\n\n> - one\n> - two"), """
            - note:
              > careful

            > - one
            > - two

            """)
    }

    func testEmptyItemShowsItsMarkerWithoutATrailingSpace() {
        XCTAssertEqual(render("- \n- filled"), "-\n- filled\n")
    }
}
