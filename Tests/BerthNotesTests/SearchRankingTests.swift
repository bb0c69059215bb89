import BerthNotes
import BerthTestSupport
import XCTest

/// `berth notes --search`: which notes come back, in which order, with which lines.
final class SearchRankingTests: XCTestCase {
    private func search(_ query: String, _ files: [String: String]) throws -> [SearchResult] {
        let (folder, library) = try NoteFixture.library(files)
        defer { _ = folder }
        return NoteSearch().search(query, in: library)
    }

    func testTitleHitOutranksRepeatedBodyHits() throws {
        let results = try search("burst", [
            "queues.md": NoteFixture.note(title: "Queues", order: 10,
                                          body: "A burst fills the queue.\nEach burst waits.\nBurst after burst, burst."),
            "bursts.md": NoteFixture.note(title: "Burst handling", order: 20, body: "Short spikes are absorbed."),
        ])
        XCTAssertEqual(results.map(\.note.topic), ["bursts", "queues"])
    }

    func testExactPhraseOutranksScatteredWords() throws {
        let results = try search("Connection refused", [
            "scattered.md": NoteFixture.note(title: "Scattered", order: 1, body: """
                The connection was reset, and nothing refused it.
                Another connection; the proxy refused twice.
                A connection again, refused again.
                """),
            "exact.md": NoteFixture.note(title: "Exact", order: 2, body: "curl says connection refused when nothing listens."),
        ])
        XCTAssertEqual(results.map(\.note.topic), ["exact", "scattered"])
    }

    func testUnderscoredDirectiveFindsTheNoteThatUsesIt() throws {
        let results = try search("limit_req_status", [
            "limits.md": NoteFixture.note(title: "Resource limits", order: 1,
                                          body: "Set a memory limit.\nThe status page shows it."),
            "rate-limiting.md": NoteFixture.note(title: "Rate limiting", order: 2,
                                                 body: "Send 429:\n\n    limit_req_status 429;\n\nnot 503."),
            "tls.md": NoteFixture.note(title: "TLS", order: 3, body: "Certificates."),
        ])
        XCTAssertEqual(results.map(\.note.topic), ["rate-limiting", "limits"], "notes matching no word are dropped")
        let lines = results.first?.excerpts.flatMap(\.lines).filter(\.isMatch).map(\.text)
        XCTAssertEqual(lines?.first, "    limit_req_status 429;")
    }

    func testHyphenatedHeaderIsFoundCaseInsensitively() throws {
        let results = try search("X-Forwarded-For", [
            "wording.md": NoteFixture.note(title: "Wording", order: 1,
                                           body: "Words for this, for that, and for everything forwarded."),
            "headers.md": NoteFixture.note(title: "Proxy headers", order: 2,
                                           body: "    proxy_set_header x-forwarded-for $proxy_add_x_forwarded_for;"),
        ])
        XCTAssertEqual(results.first?.note.topic, "headers")
    }

    func testTiesFollowTheListingOrder() throws {
        let results = try search("cache", [
            "second.md": NoteFixture.note(title: "Second", order: 2, body: "A cache."),
            "first.md": NoteFixture.note(title: "First", order: 1, body: "A cache."),
        ])
        XCTAssertEqual(results.map(\.note.topic), ["first", "second"])
        XCTAssertEqual(results[0].score, results[1].score)
    }

    func testExcerptsShowOneLineOfContextWithFileLineNumbers() throws {
        // The body starts on line 10 of the file: front matter, blank, title, blank.
        let results = try search("needle", [
            "hay.md": NoteFixture.note(title: "Hay", body: """
                alpha
                beta
                needle here
                gamma
                delta
                epsilon
                zeta
                eta
                a needle again
                theta
                """),
        ])
        let excerpts = try XCTUnwrap(results.first?.excerpts)
        XCTAssertEqual(excerpts.map { $0.lines.map(\.number) }, [[11, 12, 13], [17, 18, 19]])
        XCTAssertEqual(excerpts.map { $0.lines.map(\.isMatch) }, [[false, true, false], [false, true, false]])
        XCTAssertEqual(excerpts[0].lines.map(\.text), ["beta", "needle here", "gamma"])
    }

    func testNearbyMatchesMergeIntoOnePassage() throws {
        let results = try search("needle", [
            "hay.md": NoteFixture.note(title: "Hay", body: "alpha\nbeta\nneedle one\ngamma\nneedle two\ndelta\nepsilon"),
        ])
        let excerpts = try XCTUnwrap(results.first?.excerpts)
        XCTAssertEqual(excerpts.count, 1)
        XCTAssertEqual(excerpts.first?.lines.map(\.number), [11, 12, 13, 14, 15])
    }

    func testAtMostThreePassagesWithTheBestFirst() throws {
        let body = (1...6).map { "needle \($0)\nfiller\nfiller\nfiller" }.joined(separator: "\n")
            + "\nthe needle in the haystack"
        let results = try search("needle haystack", ["hay.md": NoteFixture.note(title: "Hay", body: body)])
        let excerpts = try XCTUnwrap(results.first?.excerpts)
        XCTAssertEqual(excerpts.count, 3)
        XCTAssertEqual(excerpts.first?.lines.first { $0.isMatch }?.text, "the needle in the haystack")
        XCTAssertEqual(excerpts[1].lines.first { $0.isMatch }?.text, "needle 1", "then in the order of the note")
    }

    func testPrefixOfAWordMatchesAndShortWordsAreIgnored() throws {
        let results = try search("a limit", [
            "rate.md": NoteFixture.note(title: "Rate", body: "Limiting requests."),
            "other.md": NoteFixture.note(title: "Other", body: "a b c"),
        ])
        XCTAssertEqual(results.map(\.note.topic), ["rate"])
        XCTAssertTrue(try search("a", ["rate.md": NoteFixture.note(title: "A")]).isEmpty)
    }
}
