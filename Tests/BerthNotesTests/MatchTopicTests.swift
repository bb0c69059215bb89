import BerthNotes
import BerthTestSupport
import XCTest

/// `berth notes QUERY`: which note a user gets for what they type.
final class MatchTopicTests: XCTestCase {
    private var fixture: (folder: TemporaryDirectory, library: NoteLibrary)!

    override func setUpWithError() throws {
        let (folder, library) = try NoteFixture.library([
            "rate-limiting.md": NoteFixture.note(title: "Rate limiting", order: 10),
            "reverse-proxy.md": NoteFixture.note(title: "Reverse proxy", order: 20),
            "tls.md": NoteFixture.note(title: "TLS and HTTPS", order: 30),
            "compose-basics.md": NoteFixture.note(title: "Compose basics", order: 40),
            "compose-volumes.md": NoteFixture.note(title: "Volumes and data", order: 50),
            "scaling-beyond-one-host.md": NoteFixture.note(title: "Scaling beyond one host: Swarm and Kubernetes", order: 60),
            "load-balancing.md": NoteFixture.note(title: "Load balancing", order: 70),
        ])
        fixture = (folder, library)
    }

    /// XCTest keeps every test case object until the process exits, when deinits no longer run.
    override func tearDown() {
        fixture = nil
        super.tearDown()
    }

    private func topic(_ query: String) -> String? {
        if case .found(let note) = fixture.library.match(query) { return note.topic }
        return nil
    }

    func testExactTopicIgnoringCaseSpacesAndUnderscores() {
        XCTAssertEqual(topic("tls"), "tls")
        XCTAssertEqual(topic("TLS"), "tls")
        XCTAssertEqual(topic("rate_limiting"), "rate-limiting")
        XCTAssertEqual(topic("Rate Limiting"), "rate-limiting")
        XCTAssertEqual(topic("tls.md"), "tls")
    }

    func testExactTitle() {
        XCTAssertEqual(topic("volumes and data"), "compose-volumes")
        XCTAssertEqual(topic("TLS and HTTPS"), "tls")
    }

    func testPrefixOfOneTopic() {
        XCTAssertEqual(topic("rate"), "rate-limiting")
        XCTAssertEqual(topic("load-bal"), "load-balancing")
    }

    func testPrefixOfSeveralTopicsIsAmbiguousInListingOrder() {
        guard case .ambiguous(let notes) = fixture.library.match("compose") else {
            return XCTFail("expected ambiguous, got \(fixture.library.match("compose"))")
        }
        XCTAssertEqual(notes.map(\.topic), ["compose-basics", "compose-volumes"])
    }

    func testLaterWordOfATopicThenAnyWordOfATitle() {
        XCTAssertEqual(topic("proxy"), "reverse-proxy")
        XCTAssertEqual(topic("balancing"), "load-balancing")
        XCTAssertEqual(topic("kubernetes"), "scaling-beyond-one-host", "a word of the title")
        XCTAssertEqual(topic("https"), "tls")
    }

    func testTyposFindTheClosestNote() {
        XCTAssertEqual(topic("tsl"), "tls", "a swap of two letters is one edit")
        XCTAssertEqual(topic("rate-limting"), "rate-limiting")
        XCTAssertEqual(topic("revrse proxy"), "reverse-proxy")
        XCTAssertEqual(topic("ratelimiting"), "rate-limiting", "hyphens left out")
    }

    func testUnknownTopicSuggestsTheThreeNearest() {
        guard case .notFound(let suggestions) = fixture.library.match("quantum-entanglement") else {
            return XCTFail("expected notFound")
        }
        XCTAssertEqual(suggestions.count, 3)
        guard case .notFound(let near) = fixture.library.match("volumes-and-data-everywhere") else {
            return XCTFail("too far from every topic to be taken as a typo")
        }
        XCTAssertEqual(near.first?.topic, "compose-volumes", "closest to the title")
    }

    func testEquallyCloseTyposAreNotGuessed() throws {
        let (folder, library) = try NoteFixture.library([
            "cors.md": NoteFixture.note(title: "Cross-origin requests", order: 1),
            "core.md": NoteFixture.note(title: "Core ideas", order: 2),
        ])
        _ = folder
        guard case .notFound(let suggestions) = library.match("corx") else {
            return XCTFail("two notes one edit away: no single answer")
        }
        XCTAssertEqual(suggestions.map(\.topic), ["cors", "core"])
    }

    func testEmptyQueryFindsNothing() {
        guard case .notFound = fixture.library.match("  ") else { return XCTFail("expected notFound") }
    }
}
