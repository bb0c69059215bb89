import BerthNotes
import BerthTestSupport
import Foundation
import XCTest

/// `berth notes --html DIR`: a static site whose links all work from the file system.
final class HTMLExportTests: XCTestCase {
    private func exportFixture() throws -> (folder: TemporaryDirectory, site: String, written: [String]) {
        let (folder, library) = try NoteFixture.library([
            "tls.md": NoteFixture.note(title: "TLS <1.2> & friends", group: "Proxy & traffic", order: 20, body: """
                ## Redirect HTTP to HTTPS

                See [rate limiting](rate-limiting.md) and [why](#why).

                ## Why

                Read [the nginx docs](https://nginx.org/en/docs/) and [this](./rate-limiting.md#the-429-status).
                """),
            "rate-limiting.md": NoteFixture.note(title: "Rate limiting", order: 10, body: """
                Back to [the redirect](tls.md#redirect-http-to-https).

                ## The 429 status

                <script>alert("raw html")</script>

                ```nginx
                limit_req_status 429;
                ```
                """),
        ])
        let site = folder.path + "/site/out"
        let written = try HTMLExporter().export(library, to: site)
        return (folder, site, written)
    }

    func testWritesIndexStylesheetAndOnePagePerNote() throws {
        let (folder, site, written) = try exportFixture()
        _ = folder
        XCTAssertEqual(written.map { URL(fileURLWithPath: $0).lastPathComponent },
                       ["style.css", "index.html", "rate-limiting.html", "tls.html"])
        XCTAssertEqual(Set(try FileManager.default.contentsOfDirectory(atPath: site)),
                       ["style.css", "index.html", "rate-limiting.html", "tls.html"])
        let css = try String(contentsOfFile: site + "/style.css", encoding: .utf8)
        XCTAssertTrue(css.contains("prefers-color-scheme: dark"))
        XCTAssertTrue(css.contains("overflow-x: auto"), "code blocks scroll")
    }

    func testEveryLinkInEveryPageResolves() throws {
        let (folder, site, _) = try exportFixture()
        _ = folder
        XCTAssertEqual(try SiteLinkChecker(site: site).brokenLinks(), [])
        let tls = try String(contentsOfFile: site + "/tls.html", encoding: .utf8)
        XCTAssertTrue(tls.contains("href=\"rate-limiting.html#the-429-status\""), "links to notes point at pages")
        XCTAssertTrue(tls.contains("href=\"https://nginx.org/en/docs/\""))
    }

    func testIndexListsEveryNoteByGroupWithEscapedText() throws {
        let (folder, site, _) = try exportFixture()
        _ = folder
        let index = try String(contentsOfFile: site + "/index.html", encoding: .utf8)
        XCTAssertTrue(index.contains("<h2 id=\"proxy--traffic\">Proxy &amp; traffic</h2>"), index)
        XCTAssertTrue(index.contains("<a href=\"tls.html\">TLS &lt;1.2&gt; &amp; friends</a>"), index)
        XCTAssertTrue(index.contains("<a href=\"rate-limiting.html\">Rate limiting</a>"))
        XCTAssertTrue(index.contains("<dd>What it teaches.</dd>"))
    }

    func testPagesHaveCharsetTitleStylesheetAndEscapeRawHTML() throws {
        let (folder, site, _) = try exportFixture()
        _ = folder
        let tls = try String(contentsOfFile: site + "/tls.html", encoding: .utf8)
        XCTAssertTrue(tls.contains("<meta charset=\"utf-8\">"))
        XCTAssertTrue(tls.contains("<title>TLS &lt;1.2&gt; &amp; friends · berth notes</title>"))
        XCTAssertTrue(tls.contains("<link rel=\"stylesheet\" href=\"style.css\">"))
        XCTAssertTrue(tls.contains("<a href=\"index.html\">"))
        let rate = try String(contentsOfFile: site + "/rate-limiting.html", encoding: .utf8)
        XCTAssertFalse(rate.contains("<script>"), "a note cannot inject markup")
        XCTAssertTrue(rate.contains("<code class=\"language-nginx\">limit_req_status 429;"))
    }

    func testExportsIntoAnExistingFolderWithoutDeletingOtherFiles() throws {
        let (folder, library) = try NoteFixture.library(["tls.md": NoteFixture.note(title: "TLS")])
        try folder.write("site/keep.txt", "mine")
        _ = try HTMLExporter().export(library, to: folder.path + "/site")
        _ = try HTMLExporter().export(library, to: folder.path + "/site")
        XCTAssertEqual(try String(contentsOfFile: folder.path + "/site/keep.txt", encoding: .utf8), "mine")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.path + "/site/tls.html"))
    }

    func testRefusesAPathThatIsAFile() throws {
        let (folder, library) = try NoteFixture.library(["tls.md": NoteFixture.note(title: "TLS")])
        let file = try folder.write("site.html", "not a folder")
        XCTAssertThrowsError(try HTMLExporter().export(library, to: file)) { error in
            XCTAssertEqual((error as? NotesError)?.kind, .exportFailed)
            XCTAssertTrue("\(error)".contains("is a file; give --html a folder"), "\(error)")
        }
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), "not a folder")
    }
}

/// Every `href` of every page in an exported site, checked: a web link, or a page in
/// the site, with its `#fragment` (if any) an `id` on that page.
struct SiteLinkChecker {
    let site: String

    func brokenLinks() throws -> [String] {
        let pages = try FileManager.default.contentsOfDirectory(atPath: site).filter { $0.hasSuffix(".html") }
        var broken: [String] = []
        for page in pages.sorted() {
            let html = try String(contentsOfFile: site + "/" + page, encoding: .utf8)
            for href in Self.attributes("href", in: html) where !Self.isWeb(href) {
                let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let file = parts[0].isEmpty ? page : (parts[0].removingPercentEncoding ?? parts[0])
                guard let target = try? String(contentsOfFile: site + "/" + file, encoding: .utf8) else {
                    broken.append("\(page): \(href) (no such file)")
                    continue
                }
                if parts.count > 1, !Self.attributes("id", in: target).contains(parts[1]) {
                    broken.append("\(page): \(href) (no id \(parts[1]) in \(file))")
                }
            }
        }
        return broken
    }

    private static func isWeb(_ href: String) -> Bool {
        href.hasPrefix("https://") || href.hasPrefix("http://")
    }

    static func attributes(_ name: String, in html: String) -> [String] {
        guard let pattern = try? NSRegularExpression(pattern: "\\s\(name)=\"([^\"]*)\"") else { return [] }
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).compactMap { match in
            Range(match.range(at: 1), in: html).map { String(html[$0]).replacingOccurrences(of: "&amp;", with: "&") }
        }
    }
}
