import BerthNotes
import BerthTestSupport
import Foundation
import XCTest

/// Loading a notes folder: what is read, in which order, and how broken files are reported.
final class LibraryLoadingTests: XCTestCase {
    func testNotesAreSortedByOrderThenTopic() throws {
        let folder = try NoteFixture.folder([
            "zeta.md": NoteFixture.note(title: "Zeta", order: 20),
            "alpha.md": NoteFixture.note(title: "Alpha", order: 20),
            "first.md": NoteFixture.note(title: "First", order: 5),
        ])
        let library = try NoteLibrary(directory: folder.path)
        XCTAssertEqual(library.notes.map(\.topic), ["first", "alpha", "zeta"])
    }

    func testGroupsAreOrderedByTheirSmallestOrder() throws {
        let folder = try NoteFixture.folder([
            "late-proxy.md": NoteFixture.note(title: "Late", group: "Proxy", order: 90),
            "image.md": NoteFixture.note(title: "Image", group: "Images", order: 10),
            "early-proxy.md": NoteFixture.note(title: "Early", group: "Proxy", order: 30),
            "layers.md": NoteFixture.note(title: "Layers", group: "Images", order: 50),
        ])
        let groups = try NoteLibrary(directory: folder.path).groups
        XCTAssertEqual(groups.map(\.name), ["Images", "Proxy"])
        XCTAssertEqual(groups.map { $0.notes.map(\.topic) }, [["image", "layers"], ["early-proxy", "late-proxy"]])
    }

    func testOnlyMarkdownFilesDirectlyInTheFolderAreNotesAndReadmeIsSkipped() throws {
        let folder = try NoteFixture.folder([
            "tls.md": NoteFixture.note(title: "TLS"),
            "README.md": "# About these notes\n",
            "draft.txt": "not a note",
            "nested/deeper.md": NoteFixture.note(title: "Deeper"),
        ])
        XCTAssertEqual(try NoteLibrary(directory: folder.path).notes.map(\.topic), ["tls"])
    }

    func testNoteKeepsItsFrontMatterBodyAndWhereTheBodyStarts() throws {
        let folder = try NoteFixture.folder([
            "rate-limiting.md": """
                ---
                title: "Rate limiting: 429, not 503"
                summary: 'Why nginx''s default status misleads.'
                group: Proxy and traffic
                order: 140
                ---

                # Rate limiting: 429, not 503

                Text.

                """,
        ])
        let note = try XCTUnwrap(NoteLibrary(directory: folder.path).notes.first)
        XCTAssertEqual(note.topic, "rate-limiting")
        XCTAssertEqual(note.title, "Rate limiting: 429, not 503")
        XCTAssertEqual(note.summary, "Why nginx's default status misleads.")
        XCTAssertEqual(note.group, "Proxy and traffic")
        XCTAssertEqual(note.order, 140)
        XCTAssertEqual(note.markdown, "\n# Rate limiting: 429, not 503\n\nText.\n")
        XCTAssertEqual(note.bodyStartLine, 7)
        XCTAssertEqual(note.path, folder.url.standardizedFileURL.path + "/rate-limiting.md")
    }

    func testWindowsLineEndingsAndAByteOrderMarkAreAccepted() throws {
        let text = NoteFixture.note(title: "Windows").replacingOccurrences(of: "\n", with: "\r\n")
        let folder = try NoteFixture.folder([:])
        try folder.write("windows.md", Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8))
        let note = try XCTUnwrap(NoteLibrary(directory: folder.path).notes.first)
        XCTAssertEqual(note.title, "Windows")
        XCTAssertFalse(note.markdown.contains("\r"))
    }

    func testMissingKeyIsReportedAtTheClosingFence() throws {
        let error = try loadError("---\ntitle: T\nsummary: S\norder: 1\n---\n\n# T\n")
        XCTAssertEqual(error.kind, .frontMatter)
        XCTAssertTrue(error.description.hasSuffix("bad.md:5:1: error: the front matter has no `group:`; add it before this `---`"),
                      error.description)
    }

    func testUnknownKeyIsReportedWhereItIsWritten() throws {
        let source = MarkedSource("---\ntitle: T\n1️⃣tilte: T\nsummary: S\ngroup: G\norder: 1\n---\n")
        let error = try loadError(source.text)
        XCTAssertEqual(error.line, source.position("1️⃣").line)
        XCTAssertEqual(error.column, source.position("1️⃣").column)
        XCTAssertTrue(error.message.contains("unknown front matter key `tilte`"), error.message)
        XCTAssertTrue(error.message.contains("title, summary, group, order"), "names the keys to use")
    }

    func testOrderMustBeAWholeNumberPointingAtTheValue() throws {
        let source = MarkedSource("---\ntitle: T\nsummary: S\ngroup: G\norder:  1️⃣first\n---\n")
        let error = try loadError(source.text)
        XCTAssertEqual(error.line, 5)
        XCTAssertEqual(error.column, source.position("1️⃣").column)
        XCTAssertTrue(error.message.contains("write one like `order: 140`"), error.message)
    }

    func testEmptyAndDuplicatedKeysAreErrors() throws {
        let empty = try loadError("---\ntitle:\nsummary: S\ngroup: G\norder: 1\n---\n")
        XCTAssertEqual([empty.line, empty.column], [2, 7])
        XCTAssertTrue(empty.message.contains("`title:` is empty"), empty.message)
        let twice = try loadError("---\ntitle: A\nsummary: S\ntitle: B\ngroup: G\norder: 1\n---\n")
        XCTAssertEqual(twice.line, 4)
        XCTAssertTrue(twice.message.contains("given twice"), twice.message)
    }

    func testNoteWithoutFrontMatterOrWithItUnclosed() throws {
        let missing = try loadError("# Just a title\n\nText.\n")
        XCTAssertEqual([missing.line, missing.column], [1, 1])
        XCTAssertTrue(missing.message.contains("starts with front matter"), missing.message)
        let unclosed = try loadError("---\ntitle: T\nsummary: S\n")
        XCTAssertTrue(unclosed.message.contains("never closed"), unclosed.message)
    }

    func testInvalidUTF8NamesTheFileLineAndColumnOfTheBadByte() throws {
        let folder = try NoteFixture.folder(["good.md": NoteFixture.note(title: "Good")])
        try folder.write("broken.md", Data((NoteFixture.note(title: "Broken") + "caf").utf8) + Data([0xE9, 0x0A]))
        XCTAssertThrowsError(try NoteLibrary(directory: folder.path)) { error in
            let error = error as? NotesError
            XCTAssertEqual(error?.kind, .invalidEncoding)
            XCTAssertTrue(error?.description.contains("broken.md:11:4: error: invalid UTF-8 (byte 0xE9)") == true,
                          String(describing: error))
        }
    }

    func testMissingFolderSaysWhatToDo() {
        XCTAssertThrowsError(try NoteLibrary(directory: "/nonexistent/notes")) { error in
            let error = error as? NotesError
            XCTAssertEqual(error?.kind, .missingFolder)
            XCTAssertEqual(error?.isEnvironmentProblem, true)
            XCTAssertEqual(error?.description,
                           "/nonexistent/notes: error: no notes folder at /nonexistent/notes; set BERTH_NOTES or reinstall berth")
        }
    }

    func testNoteOverOneMegabyteIsRefused() throws {
        let huge = NoteFixture.note(title: "Huge") + String(repeating: "word ", count: 220_000)
        let error = try loadError(huge)
        XCTAssertEqual(error.kind, .tooLarge)
        XCTAssertTrue(error.message.contains("up to 1 MB"), error.message)
    }

    private func loadError(_ contents: String) throws -> NotesError {
        let folder = try NoteFixture.folder(["bad.md": contents])
        do {
            _ = try NoteLibrary(directory: folder.path)
        } catch {
            return error
        }
        XCTFail("the folder loaded without an error")
        return NotesError(.unreadable, path: "", "no error")
    }
}

/// Note files for tests, written into a fresh temporary folder.
enum NoteFixture {
    static func note(title: String, summary: String = "What it teaches.", group: String = "Group",
                     order: Int = 100, body: String = "Text.") -> String {
        "---\ntitle: \(title)\nsummary: \(summary)\ngroup: \(group)\norder: \(order)\n---\n\n# \(title)\n\n\(body)\n"
    }

    static func folder(_ files: [String: String]) throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory(prefix: "berth-notes")
        for (name, contents) in files { try folder.write(name, contents) }
        return folder
    }

    static func library(_ files: [String: String]) throws -> (folder: TemporaryDirectory, library: NoteLibrary) {
        let folder = try folder(files)
        return (folder, try NoteLibrary(directory: folder.path))
    }
}
