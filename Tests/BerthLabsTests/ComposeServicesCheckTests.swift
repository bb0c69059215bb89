import BerthFormats
import BerthLabs
import BerthTestSupport
import XCTest

final class ComposeServicesCheckTests: XCTestCase {
    private let task4 = """
        services:
          back-end:
            build: ./back-end
          front-end:
            build: ./front-end
        """

    func testPassesWhenEveryServiceExists() throws {
        let check = try makeCheck(ComposeServicesCheck.self, "directory: task4\nnames: [back-end, front-end]")
        let outcome = try assertCheck(check, .pass, on: ["task4/docker-compose.yml": task4])
        XCTAssertEqual(outcome.location, SourceLocation(file: "task4/docker-compose.yml", line: 1, column: 1))
    }

    func testNamesTheNearMissAndTheServicesThereAre() throws {
        let check = try makeCheck(ComposeServicesCheck.self, "names: [back-end, front-end]")
        let compose = MarkedSource("""
            # the stack
            1️⃣services:
              back-end:
                build: ./back-end
              frontend:
                build: ./frontend
            """)
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 2, column: 1))
        XCTAssertEqual(outcome.expected, "a service `front-end`")
        XCTAssertEqual(outcome.found,
                       "service `frontend` (the task asks for `front-end`); the services are `back-end` (build ./back-end), `frontend` (build ./frontend)")
    }

    func testAMissingComposeFileNamesTheFilesLookedFor() throws {
        let check = try makeCheck(ComposeServicesCheck.self, "directory: task4\nnames: [back-end]")
        let outcome = try assertCheck(check, .fail, on: ["task4/back-end/Dockerfile": "FROM python:3\n"])
        XCTAssertEqual(outcome.location, SourceLocation(file: "task4/compose.yaml", line: 1, column: 1))
        XCTAssertTrue(outcome.found.contains("task4/docker-compose.yml"), outcome.found)
        XCTAssertTrue(outcome.found.hasSuffix("nothing else in it could be checked"), outcome.found)
    }

    func testAYAMLSyntaxErrorFailsAtItsPosition() throws {
        let check = try makeCheck(ComposeServicesCheck.self, "names: [web]")
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": "services:\n  web:\n    image: [nginx\n"])
        XCTAssertEqual(outcome.location?.file, "compose.yaml")
        XCTAssertGreaterThanOrEqual(outcome.location?.line ?? 0, 3)
    }

    func testManifestProblemsArePositioned() {
        let (missing, problems) = decodeCheck(ComposeServicesCheck.self, "directory: task4\n")
        XCTAssertNil(missing)
        XCTAssertEqual(problems, ["lab.yaml:1:1: error: check `test` needs `names:` (the service names that must exist)"])
        let (empty, emptyProblems) = decodeCheck(ComposeServicesCheck.self, "names: []\n")
        XCTAssertNil(empty)
        XCTAssertEqual(emptyProblems, ["lab.yaml:1:8: error: `names:` of check `test` needs at least one item (the service names that must exist)"])
    }
}
