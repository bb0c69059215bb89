import BerthFormats
import BerthLabs
import BerthTestSupport
import XCTest

final class ComposePortsCheckTests: XCTestCase {
    func testPassesWhenTheHostPortReachesTheContainerPort() throws {
        let check = try makeCheck(ComposePortsCheck.self, "service: nginx\npublished: [\"9999:80\"]")
        let compose = MarkedSource("services:\n  nginx:\n    image: nginx\n    1️⃣ports:\n      - \"9999:80\"\n")
        let outcome = try assertCheck(check, .pass, on: ["compose.yaml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 4, column: 5))
        XCTAssertEqual(outcome.found, "`9999:80`")
    }

    func testTheWrongContainerPortIsNamed() throws {
        let check = try makeCheck(ComposePortsCheck.self, "service: front-end\npublished: [\"9000:9000\"]")
        let compose = MarkedSource("services:\n  front-end:\n    build: .\n    ports:\n      - 1️⃣\"9000:80\"\n")
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 5, column: 9))
        XCTAssertEqual(outcome.found, "`9000:80` maps host port 9000 to container port 80, not 9000")
    }

    func testAServiceBehindTheProxyMustPublishNothing() throws {
        let check = try makeCheck(ComposePortsCheck.self, "service: back-end\npublished: none")
        let compose = MarkedSource("services:\n  back-end:\n    build: .\n    ports:\n      - 1️⃣5252:5252\n")
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 5, column: 9))
        XCTAssertEqual(outcome.found, "`5252:5252` under `ports:` publishes host port 5252")
        try assertCheck(check, .pass, on: ["compose.yaml": "services:\n  back-end:\n    build: .\n    expose: [\"5252\"]\n"])
    }

    func testAMappingUnderExposeIsNamed() throws {
        let check = try makeCheck(ComposePortsCheck.self, "service: web\npublished: [\"9999\"]")
        let compose = MarkedSource("services:\n  1️⃣web:\n    build: .\n    expose:\n      - \"9999:5252\"\n")
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 2, column: 3))
        XCTAssertTrue(outcome.found.contains("`expose: \"9999:5252\"` holds a mapping"), outcome.found)
    }

    func testManifestProblemsArePositioned() {
        let (check, problems) = decodeCheck(ComposePortsCheck.self, "service: web\npublished: [\"http:80\"]\n")
        XCTAssertNil(check)
        XCTAssertEqual(problems, [
            "lab.yaml:2:12: error: `published:` of check `test` is `none` or a list of HOST or HOST:CONTAINER ports, like \"9999:80\"",
        ])
    }
}
