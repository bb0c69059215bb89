import BerthFormats
import BerthLabs
import BerthTestSupport
import XCTest

final class ComposeDependsOnCheckTests: XCTestCase {
    func testPassesWhenWaitingForHealthyDependencies() throws {
        let check = try makeCheck(ComposeDependsOnCheck.self, "service: web\non: [db, {image: redis}]\ncondition: service_healthy")
        let compose = MarkedSource("""
            services:
              web:
                build: .
                1️⃣depends_on:
                  db: {condition: service_healthy}
                  cache: {condition: service_healthy}
              db: {image: "postgres:16"}
              cache: {image: "redis:7"}
            """)
        let outcome = try assertCheck(check, .pass, on: ["compose.yaml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 4, column: 5))
        XCTAssertEqual(outcome.found, "depends on `db` (service_healthy), `cache` (service_healthy)")
    }

    func testAListWithoutConditionIsNamedAtTheDependency() throws {
        let check = try makeCheck(ComposeDependsOnCheck.self, "service: web\non: db\ncondition: service_healthy")
        let compose = MarkedSource("services:\n  web:\n    build: .\n    depends_on:\n      - 1️⃣db\n  db:\n    image: postgres:16\n")
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 5, column: 9))
        XCTAssertEqual(outcome.found,
                       "`db` with no condition (so `service_started`); `db` also needs a `healthcheck:` for service_healthy to work")
    }

    func testAMissingDependencyNamesTheMisspeltOne() throws {
        let check = try makeCheck(ComposeDependsOnCheck.self, "service: proxy\non: [back-end]")
        let compose = MarkedSource("services:\n  proxy:\n    image: nginx\n    1️⃣depends_on: [backend]\n")
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 4, column: 5))
        XCTAssertEqual(outcome.found, "`depends_on` lists `backend` (the task asks for `back-end`)")
        let none = try assertCheck(check, .fail, on: ["compose.yaml": "services:\n  proxy:\n    image: nginx\n"])
        XCTAssertEqual(none.location, SourceLocation(file: "compose.yaml", line: 2, column: 3))
        XCTAssertEqual(none.found, "`proxy` has no `depends_on:`")
    }

    func testManifestProblemsArePositioned() {
        let (check, problems) = decodeCheck(ComposeDependsOnCheck.self, "service: web\non: [db]\ncondition: healthy\n")
        XCTAssertNil(check)
        XCTAssertEqual(problems, [
            "lab.yaml:3:12: error: `condition:` of check `test` is one of service_started, service_healthy, service_completed_successfully, not `healthy`",
        ])
    }
}
