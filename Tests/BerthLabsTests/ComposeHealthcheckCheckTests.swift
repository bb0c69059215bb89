import BerthFormats
import BerthLabs
import BerthTestSupport
import XCTest

final class ComposeHealthcheckCheckTests: XCTestCase {
    func testPassesOnAnEnabledTestThatRunsTheCommand() throws {
        let check = try makeCheck(ComposeHealthcheckCheck.self, "service: {image: postgres}\ntest-contains: pg_isready")
        let compose = MarkedSource("""
            services:
              db:
                image: postgres:16
                healthcheck:
                  test: 1️⃣["CMD-SHELL", "pg_isready -U postgres"]
                  interval: 5s
            """)
        let outcome = try assertCheck(check, .pass, on: ["compose.yaml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 5, column: 13))
        XCTAssertEqual(outcome.found, "`test: [\"CMD-SHELL\", \"pg_isready -U postgres\"]`")
    }

    func testAMissingOrDisabledHealthCheckFails() throws {
        let check = try makeCheck(ComposeHealthcheckCheck.self, "service: cache")
        let compose = MarkedSource("services:\n  1️⃣cache:\n    image: redis:7\n")
        let missing = try assertCheck(check, .fail, on: ["compose.yaml": compose.text])
        XCTAssertEqual(missing.location, SourceLocation(file: "compose.yaml", line: 2, column: 3))
        XCTAssertEqual(missing.found, "`cache` has no `healthcheck:`")
        let disabled = try assertCheck(check, .fail, on: ["compose.yaml": "services:\n  cache:\n    image: redis:7\n    healthcheck:\n      disable: true\n"])
        XCTAssertEqual(disabled.location, SourceLocation(file: "compose.yaml", line: 5, column: 7))
        XCTAssertEqual(disabled.found, "the health check is switched off: `disable: true`")
    }

    func testATestThatRunsSomethingElseIsQuoted() throws {
        let check = try makeCheck(ComposeHealthcheckCheck.self, "service: cache\ntest-contains: redis-cli ping")
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": "services:\n  cache:\n    image: redis:7\n    healthcheck:\n      test: echo ok\n"])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 5, column: 13))
        XCTAssertEqual(outcome.found, "`test: echo ok`")
    }

    func testManifestProblemsArePositioned() {
        let (check, problems) = decodeCheck(ComposeHealthcheckCheck.self, "service: db\ntest_contains: pg\n")
        XCTAssertNotNil(check)
        XCTAssertEqual(problems, ["lab.yaml:2:1: error: unknown key `test_contains` in check `test`; did you mean `test-contains`?"])
    }
}
