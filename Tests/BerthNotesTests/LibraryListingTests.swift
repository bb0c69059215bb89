import BerthNotes
import BerthTestSupport
import XCTest

/// The `berth notes` index as a user sees it, with width and colour pinned.
final class LibraryListingTests: XCTestCase {
    private func library() throws -> (TemporaryDirectory, NoteLibrary) {
        try NoteFixture.library([
            "image.md": NoteFixture.note(title: "Your first image", summary: "Build, tag and run an image that prints a greeting.",
                                         group: "Images", order: 10),
            "reverse-proxy.md": NoteFixture.note(
                title: "Reverse proxy",
                summary: "One entry point in front of several services, routing by path and passing the client's address on.",
                group: "Proxy and traffic", order: 50),
            "tls.md": NoteFixture.note(title: "TLS", summary: "HTTPS on 443.", group: "Proxy and traffic", order: 60),
        ])
    }

    func testPlainListingAtEightyColumns() throws {
        let (folder, library) = try library()
        _ = folder
        let text = NotesListingWriter(style: .plain, width: 80).write(library)
        XCTAssertEqual(text, """
            Images
              image          Your first image
                             Build, tag and run an image that prints a greeting.

            Proxy and traffic
              reverse-proxy  Reverse proxy
                             One entry point in front of several services, routing by path
                             and passing the client's address on.
              tls            TLS
                             HTTPS on 443.

            Read one with: berth notes TOPIC  ·  search: berth notes --search TEXT

            """)
    }

    func testNarrowTerminalPutsTextUnderTheTopicAndNeverOverflows() throws {
        let (folder, library) = try library()
        _ = folder
        let text = NotesListingWriter(style: .plain, width: 34).write(library)
        XCTAssertTrue(text.hasPrefix("Images\n  image\n    Your first image\n    Build, tag and run an image\n"), text)
        let lines = text.split(separator: "\n")
        XCTAssertEqual(lines.filter { displayWidth(of: $0) > 34 }, [])
        XCTAssertEqual(lines.suffix(2), ["Read one with: berth notes TOPIC", "Search: berth notes --search TEXT"])
    }

    func testColourStylesTheSameText() throws {
        let (folder, library) = try library()
        _ = folder
        let colored = NotesListingWriter(style: TerminalStyle(color: true), width: 80).write(library)
        XCTAssertTrue(colored.contains("\u{1B}[1mImages\u{1B}[22m"), "group headings are bold")
        XCTAssertTrue(colored.contains("\u{1B}[2mHTTPS on 443.\u{1B}[22m"), "summaries are dim")
        XCTAssertEqual(removingTerminalEscapes(from: colored),
                       NotesListingWriter(style: .plain, width: 80).write(library))
    }
}
