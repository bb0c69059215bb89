import CCmark
@testable import BerthNotes
import XCTest

/// Custom nodes: cmark's parser never makes them, but a tree built through its API can
/// hold them, and none of their text may be dropped.
final class RenderCustomNodeTests: XCTestCase {
    func testCustomBlockAndInlineKeepTheirTextAndChildren() throws {
        let root = try XCTUnwrap(cmark_node_new(CMARK_NODE_DOCUMENT))
        defer { cmark_node_free(root) }
        let block = try XCTUnwrap(cmark_node_new(CMARK_NODE_CUSTOM_BLOCK))
        cmark_node_set_on_enter(block, "<<begin>>")
        cmark_node_set_on_exit(block, "<<end>>")
        let paragraph = try XCTUnwrap(cmark_node_new(CMARK_NODE_PARAGRAPH))
        let inline = try XCTUnwrap(cmark_node_new(CMARK_NODE_CUSTOM_INLINE))
        cmark_node_set_on_enter(inline, "[")
        cmark_node_set_on_exit(inline, "]")
        let text = try XCTUnwrap(cmark_node_new(CMARK_NODE_TEXT))
        cmark_node_set_literal(text, "inside")
        cmark_node_append_child(inline, text)
        cmark_node_append_child(paragraph, inline)
        cmark_node_append_child(block, paragraph)
        cmark_node_append_child(root, block)

        let blocks = MarkdownTreeBuilder.blocks(of: root)
        XCTAssertEqual(blocks, [.custom(onEnter: "<<begin>>", onExit: "<<end>>", [
            .paragraph([.custom(onEnter: "[", onExit: "]", [.text("inside")])]),
        ])])
        XCTAssertEqual(BlockRenderer(terminal: .plain).render(blocks, width: 40), ["<<begin>>", "[inside]", "<<end>>"])
    }

    func testParsedDocumentHoldsEveryStandardNodeKind() {
        let document = MarkdownDocument(parsing: """
            # H
            > q
            - a

            1. b
            ```sh
            x
            ```
            <div>
            </div>

            ***
            *e* **s** `c` [l](u "t") ![i](p) <b> a\\
            z
            """)
        XCTAssertEqual(document.blocks, [
            .heading(level: 1, [.text("H")]),
            .blockQuote([.paragraph([.text("q")])]),
            .list(MarkdownList(kind: .bullet, isTight: true, items: [[.paragraph([.text("a")])]])),
            .list(MarkdownList(kind: .ordered(start: 1, delimiter: "."), isTight: true, items: [[.paragraph([.text("b")])]])),
            .codeBlock(info: "sh", code: "x\n"),
            .htmlBlock("<div>\n</div>\n"),
            .thematicBreak,
            .paragraph([
                .emphasis([.text("e")]), .text(" "), .strong([.text("s")]), .text(" "), .code("c"), .text(" "),
                .link(destination: "u", title: "t", [.text("l")]), .text(" "), .image(source: "p", title: "", [.text("i")]),
                .text(" "), .html("<b>"), .text(" a"), .lineBreak, .text("z"),
            ]),
        ])
    }
}
