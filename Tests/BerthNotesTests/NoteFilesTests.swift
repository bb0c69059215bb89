import BerthNotes
import BerthTestSupport
import CCmark
import Foundation
import XCTest

/// The notes shipped in `notes/`: well-formed, titled, linked into one web, exportable.
final class NoteFilesTests: XCTestCase {
    private func library() throws -> NoteLibrary {
        do {
            return try NoteLibrary(directory: RepositoryPaths.notes.path)
        } catch {
            XCTFail("\(error)")
            throw error
        }
    }

    func testEveryNoteHasFrontMatterAndStartsWithItsTitle() throws {
        let notes = try library().notes
        XCTAssertFalse(notes.isEmpty, "no notes in \(RepositoryPaths.notes.path)")
        for note in notes {
            let firstLine = note.markdown.split(separator: "\n").first { !$0.allSatisfy(\.isWhitespace) }
            XCTAssertEqual(firstLine.map(String.init), "# \(note.title)",
                           "\(note.path):\(note.bodyStartLine): the note must open with `# \(note.title)`")
        }
    }

    func testEveryNoteLinksToAtLeastTwoOthersAndEveryLinkResolves() throws {
        let library = try library()
        let topics = Set(library.notes.map(\.topic))
        for note in library.notes {
            let destinations = try XCTUnwrap(Self.linkDestinations(in: note.markdown), "cmark cannot parse \(note.path)")
            var linked = Set<String>()
            for destination in destinations where Self.isRelativeMarkdownLink(destination) {
                let path = String(destination.split(separator: "#", maxSplits: 1).first ?? "")
                let file = RepositoryPaths.notes.appendingPathComponent(path).standardizedFileURL
                let topic = file.deletingPathExtension().lastPathComponent
                XCTAssertTrue(FileManager.default.fileExists(atPath: file.path) && topics.contains(topic),
                              "\(note.path): the link to \(destination) leads to no note")
                if topic != note.topic { linked.insert(topic) }
            }
            XCTAssertGreaterThanOrEqual(linked.count, 2,
                                        "\(note.path) links to \(linked.sorted()); link at least two other notes")
        }
    }

    func testTheExportedSiteHasNoBrokenLinksOrFragments() throws {
        let library = try library()
        let site = try TemporaryDirectory()
        _ = try HTMLExporter().export(library, to: site.path)
        XCTAssertEqual(try SiteLinkChecker(site: site.path).brokenLinks(), [])
    }

    private static func isRelativeMarkdownLink(_ destination: String) -> Bool {
        let path = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return path.hasSuffix(".md") && !path.hasPrefix("/") && !path.contains(":")
    }

    /// The destination of every link, in order, read from cmark's tree so code is not
    /// mistaken for links; nil when cmark cannot parse the text.
    private static func linkDestinations(in markdown: String) -> [String]? {
        guard let document = cmark_parse_document(markdown, markdown.utf8.count, CMARK_OPT_DEFAULT),
              let iterator = cmark_iter_new(document) else { return nil }
        defer {
            cmark_iter_free(iterator)
            cmark_node_free(document)
        }
        var destinations: [String] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                  cmark_node_get_type(node) == CMARK_NODE_LINK,
                  let url = cmark_node_get_url(node) else { continue }
            destinations.append(String(cString: url))
        }
        return destinations
    }
}
