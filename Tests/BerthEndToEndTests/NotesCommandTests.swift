import BerthTestSupport
import Foundation
import XCTest

/// `berth notes` as a user runs it: listing, rendering, matching, searching, exporting.
final class NotesCommandTests: XCTestCase {
    func testListingShowsEveryTopicGroupedWithSummaries() throws {
        let result = try CommandRunner.berth(["notes"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let topics = try FileManager.default.contentsOfDirectory(atPath: RepositoryPaths.notes.path)
            .filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }
        XCTAssertGreaterThanOrEqual(topics.count, 16)
        for topic in topics {
            XCTAssertTrue(result.stdout.contains(topic), "\(topic) missing from the listing")
        }
        for group in ["Images", "Running a service", "Compose and data", "Proxy and traffic"] {
            XCTAssertTrue(result.stdout.contains(group), "group \(group) missing")
        }
        XCTAssertFalse(result.stdout.contains("\u{1B}["), "no escape codes when stdout is a pipe")
    }

    func testPrefixOpensTheNote() throws {
        let result = try CommandRunner.berth(["notes", "rate"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("Rate limiting\n"), String(result.stdout.prefix(80)))
        XCTAssertTrue(result.stdout.contains("limit_req_status 429"))
    }

    func testTypoOpensTheClosestNote() throws {
        let result = try CommandRunner.berth(["notes", "tsl"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("ssl_protocols"))
    }

    func testUnknownTopicListsTheNearestAndExitsTwo() throws {
        let result = try CommandRunner.berth(["notes", "quantum-entanglement"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("no note is called \"quantum-entanglement\""), result.stderr)
        XCTAssertTrue(result.stderr.contains("berth notes"), "says what to run next")
    }

    func testWidthWrapsProseButNeverCode() throws {
        let result = try CommandRunner.berth(["notes", "reverse-proxy", "--width", "40"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let note = try String(contentsOf: RepositoryPaths.notes.appendingPathComponent("reverse-proxy.md"), encoding: .utf8)
        let longCodeLine = note.split(separator: "\n").first { $0.contains("proxy_set_header X-Forwarded-For") }
        let code = try XCTUnwrap(longCodeLine).trimmingCharacters(in: .whitespaces)
        XCTAssertTrue(result.stdout.contains(code), "code lines are kept whole")
        let proseLines = result.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        XCTAssertTrue(proseLines.allSatisfy { $0.count <= 40 }, proseLines.filter { $0.count > 40 }.joined(separator: "\n"))
    }

    func testColorAlwaysStylesAndNoColorDoesNotOverrideIt() throws {
        let colored = try CommandRunner.berth(["notes", "tls", "--color", "always"], environment: ["NO_COLOR": "1"])
        XCTAssertTrue(colored.stdout.contains("\u{1B}["), "--color always wins over NO_COLOR")
        XCTAssertTrue(colored.stdout.contains("\u{1B}]8;;"), "links are OSC 8 hyperlinks")
        let plain = try CommandRunner.berth(["notes", "tls", "--color", "always", "--no-hyperlinks"])
        XCTAssertFalse(plain.stdout.contains("\u{1B}]8;;"))
        XCTAssertTrue(plain.stdout.contains("(https://"), "the URL is shown when hyperlinks are off")
    }

    func testSearchRanksAndShowsMatchingLines() throws {
        let result = try CommandRunner.berth(["notes", "--search", "limit_req_status"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let firstResult = result.stdout.split(separator: "\n").first ?? ""
        XCTAssertTrue(firstResult.contains("rate-limiting"), String(firstResult))
        XCTAssertTrue(result.stdout.contains("limit_req_status 429"))
    }

    func testHTMLExportWritesALinkedSite() throws {
        let site = try TemporaryDirectory()
        let result = try CommandRunner.berth(["notes", "--html", site.path + "/out"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let files = try FileManager.default.contentsOfDirectory(atPath: site.path + "/out")
        XCTAssertTrue(files.contains("index.html"))
        XCTAssertTrue(files.contains("style.css"))
        XCTAssertTrue(files.contains("tls.html"))
        let index = try String(contentsOfFile: site.path + "/out/index.html", encoding: .utf8)
        XCTAssertTrue(index.contains("href=\"rate-limiting.html\""))
    }

    func testMissingNotesFolderIsAnEnvironmentError() throws {
        let result = try CommandRunner.berth(["notes"], environment: ["BERTH_NOTES": "/nonexistent/notes"])
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.stderr.contains("/nonexistent/notes"), result.stderr)
    }

    func testInvalidUTF8NoteIsReportedWithItsPosition() throws {
        let folder = try TemporaryDirectory()
        try folder.write("good.md", "---\ntitle: Good\nsummary: Fine.\ngroup: G\norder: 1\n---\n\n# Good\n\nText.\n")
        try folder.write("broken.md", Data("---\ntitle: Broken\nsummary: Bad.\ngroup: G\norder: 2\n---\n\n# Broken\n\nbad ".utf8) + Data([0xFF, 0x0A]))
        let result = try CommandRunner.berth(["notes"], environment: ["BERTH_NOTES": folder.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("broken.md:10"), result.stderr)
        XCTAssertFalse(result.stderr.contains("Fatal error"))
    }

    func testInstalledLayoutFindsShareBerth() throws {
        // scripts/install puts the binary in PREFIX/bin and the content in PREFIX/share/berth.
        let prefix = try TemporaryDirectory()
        try prefix.write("share/berth/notes/only.md",
                         "---\ntitle: Only note\nsummary: The one installed note.\ngroup: Installed\norder: 1\n---\n\n# Only note\n\nHi.\n")
        try FileManager.default.createDirectory(atPath: prefix.path + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: RepositoryPaths.berthBinary.path, toPath: prefix.path + "/bin/berth")
        let result = try CommandRunner.run(prefix.path + "/bin/berth", ["notes"], environment: [:], in: "/")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Only note"), result.stdout)
        XCTAssertFalse(result.stdout.contains("rate-limiting"), "the installed notes win over the checkout's")
    }
}
