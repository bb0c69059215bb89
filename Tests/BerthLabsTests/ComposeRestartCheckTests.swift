import BerthFormats
import BerthLabs
import BerthTestSupport
import XCTest

final class ComposeRestartCheckTests: XCTestCase {
    func testPassesOnAnyPolicyButNo() throws {
        let check = try makeCheck(ComposeRestartCheck.self, "service: backend")
        let compose = MarkedSource("services:\n  backend:\n    build: .\n    restart: 1️⃣unless-stopped\n")
        let outcome = try assertCheck(check, .pass, on: ["compose.yaml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 4, column: 14))
        XCTAssertEqual(outcome.found, "`restart: unless-stopped`")
        try assertCheck(check, .pass, on: ["compose.yaml": "services:\n  backend:\n    build: .\n    restart: on-failure:3\n"])
    }

    func testNoPolicyFailsAtTheService() throws {
        let check = try makeCheck(ComposeRestartCheck.self, "service: backend")
        let compose = MarkedSource("services:\n  1️⃣backend:\n    build: .\n")
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 2, column: 3))
        XCTAssertEqual(outcome.found, "`backend` has no `restart:` (so `no`: a container that stops stays down)")
        let no = try assertCheck(check, .fail, on: ["compose.yaml": "services:\n  backend:\n    build: .\n    restart: \"no\"\n"])
        XCTAssertEqual(no.location, SourceLocation(file: "compose.yaml", line: 4, column: 14))
        XCTAssertEqual(no.found, "`restart: no`")
    }

    func testAnExactPolicy() throws {
        let check = try makeCheck(ComposeRestartCheck.self, "service: backend\npolicy: always")
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": "services:\n  backend:\n    build: .\n    restart: unless-stopped\n"])
        XCTAssertEqual(outcome.expected, "service `backend` with `restart: always`")
    }

    func testManifestProblemsArePositioned() {
        let (check, problems) = decodeCheck(ComposeRestartCheck.self, "service: backend\npolicy: forever\n")
        XCTAssertNil(check)
        XCTAssertEqual(problems, [
            "lab.yaml:2:9: error: `policy:` of check `test` is one of always, unless-stopped, on-failure, no, not `forever`",
        ])
    }
}
