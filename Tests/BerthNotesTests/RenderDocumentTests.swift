import BerthNotes
import BerthTestSupport
import Foundation
import XCTest

/// Whole documents: empty and hostile input, line endings, the bundled notes, and speed.
final class RenderDocumentTests: XCTestCase {
    private func render(_ markdown: String, width: Int = 40, _ style: TerminalStyle = .plain) -> String {
        TerminalRenderer(options: RenderOptions(width: width, style: style)).render(markdown: markdown)
    }

    /// The bodies of the bundled notes, without their front matter.
    private func bundledNotes() throws -> [(name: String, markdown: String)] {
        let files = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.notes.path)
            .filter { $0.hasSuffix(".md") }.sorted()
        XCTAssertFalse(files.isEmpty, "no notes in \(RepositoryPaths.notes.path)")
        return try files.map { file in
            let text = try String(contentsOf: RepositoryPaths.notes.appendingPathComponent(file), encoding: .utf8)
            let parts = text.components(separatedBy: "\n---\n")
            return (file, parts.count > 1 ? parts.dropFirst().joined(separator: "\n---\n") : text)
        }
    }

    func testEmptyAndBlankInputRenderAsNothing() {
        XCTAssertEqual(render(""), "")
        XCTAssertEqual(render("  \n\n\t\n"), "")
        XCTAssertEqual(render("", TerminalStyle(color: true)), "")
    }

    func testCRLFAndCRLineEndingsRenderLikeLF() {
        let markdown = "# Title\n\nA paragraph\nthat continues.\n\n```yaml\nkey: value\n  nested: 1\n```\n\n- a\n- b\n"
        let expected = render(markdown)
        XCTAssertEqual(render(markdown.replacingOccurrences(of: "\n", with: "\r\n")), expected)
        XCTAssertEqual(render(markdown.replacingOccurrences(of: "\n", with: "\r")), expected)
        XCTAssertEqual(render(markdown.replacingOccurrences(of: "\n", with: "\r\n"), TerminalStyle(color: true)),
                       render(markdown, TerminalStyle(color: true)))
        XCTAssertFalse(render(markdown.replacingOccurrences(of: "\n", with: "\r\n")).contains("\r"))
    }

    func testControlCharactersInANoteCannotReachTheTerminal() {
        XCTAssertEqual(render("red \u{1B}[31mtext\u{07}\u{7F}"), "red ␛[31mtext␇␡\n")
        XCTAssertEqual(render("```\n\u{1B}]0;title\u{07}\n```"), "  ␛]0;title␇\n")
    }

    func testBundledNotesEndWithOneLineBreakAndNoLineHasTrailingSpaces() throws {
        for (name, markdown) in try bundledNotes() {
            for width in [20, 40, 80] {
                for style in [TerminalStyle.plain, TerminalStyle(color: true)] {
                    let output = render(markdown, width: width, style)
                    let context = "\(name) at width \(width), colour \(style.color)"
                    XCTAssertTrue(output.hasSuffix("\n") && !output.hasSuffix("\n\n"), context)
                    XCTAssertFalse(output.hasPrefix("\n"), context)
                    for line in output.split(separator: "\n") where line.last == " " || line.last == "\t" {
                        XCTFail("trailing space in \(context): \(line.debugDescription)")
                    }
                    if !style.color { XCTAssertFalse(output.contains("\u{1B}"), context) }
                }
            }
        }
    }

    func testColourAddsOnlyStylingToCodeAndProseWords() throws {
        // Without hyperlinks colour output shows the same words as plain output, except
        // that plain text keeps inline code's backticks, underlines top headings and
        // draws bullets, bars and rules in ASCII.
        for (name, markdown) in try bundledNotes() {
            let colour = removingTerminalEscapes(from: render(markdown, width: 80, TerminalStyle(color: true, hyperlinks: false)))
            let plain = render(markdown, width: 80)
            let words = { (text: String) in
                text.replacingOccurrences(of: "`", with: "").split(whereSeparator: \.isWhitespace)
                    .filter { !$0.allSatisfy { "=-─•◦▪>│".contains($0) } }
            }
            XCTAssertEqual(words(colour), words(plain), name)
        }
    }

    // Speed is measured by bench/notes.sh, never asserted here: these only prove that
    // very large inputs render completely.
    func testAMegabyteNoteRendersCompletely() throws {
        let notes = try bundledNotes().map(\.markdown).joined(separator: "\n\n")
        let markdown = [String](repeating: notes, count: 1_000_000 / max(notes.utf8.count, 1) + 1).joined(separator: "\n\n")
        let output = render(markdown, width: 80, TerminalStyle(color: true))
        XCTAssertGreaterThan(output.utf8.count, 1_000_000)
    }

    func testOneHugeParagraphWrapsIntoFullLines() {
        let output = render(String(repeating: "word ", count: 200_000), width: 80)
        let lines = output.split(separator: "\n")
        XCTAssertEqual(lines.count, 12_500)
        XCTAssertEqual(lines.first, Substring(String(repeating: "word ", count: 16).dropLast()))
    }

    func testDeeplyNestedInputRendersWithoutExhaustingTheStack() {
        let quotes = render(String(repeating: "> ", count: 5_000) + "deep", width: 80)
        XCTAssertTrue(quotes.hasSuffix("deep\n"))
        XCTAssertTrue(quotes.hasPrefix("> > >"))
        let lists = render(String(repeating: "- ", count: 2_000) + "item", width: 80)
        XCTAssertTrue(lists.hasSuffix("item\n"))
        let emphasis = render(String(repeating: "*", count: 5_000) + "a" + String(repeating: "*", count: 5_000), width: 80)
        XCTAssertEqual(emphasis, "a\n")
        let brackets = render(String(repeating: "[", count: 10_000) + "x", width: 20000)
        XCTAssertEqual(brackets, String(repeating: "[", count: 10_000) + "x\n")
    }
}
