import BerthFormats
import BerthLabs
import BerthTestSupport
import XCTest

final class ComposeReplicasCheckTests: XCTestCase {
    func testPassesWithEnoughReplicas() throws {
        let check = try makeCheck(ComposeReplicasCheck.self, "service: backend\nminimum: 3")
        let compose = MarkedSource("services:\n  backend:\n    build: .\n    deploy:\n      replicas: 1️⃣3\n")
        let outcome = try assertCheck(check, .pass, on: ["compose.yaml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 5, column: 17))
        XCTAssertEqual(outcome.found, "`deploy.replicas: 3`")
    }

    func testAContainerNameBlocksScaling() throws {
        let check = try makeCheck(ComposeReplicasCheck.self, "service: backend\nminimum: 3")
        let compose = MarkedSource("services:\n  backend:\n    build: .\n    container_name: 1️⃣backend\n    scale: 3\n")
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 4, column: 21))
        XCTAssertEqual(outcome.found,
                       "`container_name: backend` with 3 replicas: Compose refuses to start more than one container with it")
    }

    func testAFixedHostPortBlocksScaling() throws {
        let check = try makeCheck(ComposeReplicasCheck.self, "service: backend\nminimum: 2")
        let compose = MarkedSource("services:\n  backend:\n    build: .\n    deploy: {replicas: 2}\n    ports: [1️⃣\"5252:5252\"]\n")
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 5, column: 13))
        XCTAssertTrue(outcome.found.hasPrefix("the fixed host port `5252:5252` with 2 replicas"), outcome.found)
    }

    func testCopiesMadeByHandAreNotReplicas() throws {
        let check = try makeCheck(ComposeReplicasCheck.self, "service: web1\nminimum: 3")
        let compose = MarkedSource("services:\n  1️⃣web1:\n    build: .\n  web2:\n    build: ./\n  web3:\n    build: .\n")
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 2, column: 3))
        XCTAssertEqual(outcome.found,
                       "no `deploy.replicas` or `scale`, so one container; `web2`, `web3` repeat this service by hand, which is not scaling: one service with replicas is")
    }

    func testManifestProblemsArePositioned() {
        let (check, problems) = decodeCheck(ComposeReplicasCheck.self, "service: backend\nminimum: 0\n")
        XCTAssertNil(check)
        XCTAssertEqual(problems, ["lab.yaml:2:10: error: `minimum:` of check `test` must be a whole number from 1 to 1000"])
    }
}
