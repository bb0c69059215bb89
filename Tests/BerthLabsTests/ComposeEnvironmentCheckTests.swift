import BerthFormats
import BerthLabs
import BerthTestSupport
import XCTest

final class ComposeEnvironmentCheckTests: XCTestCase {
    private let check = """
        service: web
        variables:
          REDIS_HOST: redis
          DB_PASS: null
        """

    func testPassesWithValuesFromEnvironmentAndEnvFile() throws {
        let check = try makeCheck(ComposeEnvironmentCheck.self, check)
        let compose = MarkedSource("""
            services:
              web:
                build: .
                env_file: web.env
                environment:
                  - 1️⃣REDIS_HOST=redis
            """)
        let outcome = try assertCheck(check, .pass, on: ["compose.yaml": compose.text, "web.env": "DB_PASS=secret\n"])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 6, column: 9))
        XCTAssertEqual(outcome.found, "`REDIS_HOST=redis`, `DB_PASS=…` in web.env")
    }

    func testAWrongValueIsQuotedAtTheValue() throws {
        let check = try makeCheck(ComposeEnvironmentCheck.self, check)
        let compose = MarkedSource("""
            services:
              web:
                build: .
                environment:
                  REDIS_HOST: 1️⃣localhost
                  DB_PASS: x
            """)
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 5, column: 19))
        XCTAssertEqual(outcome.found, "`REDIS_HOST=localhost`, not `redis`")
    }

    func testAMissingVariableNamesTheNearMissWhereTheEnvironmentIs() throws {
        let check = try makeCheck(ComposeEnvironmentCheck.self, check)
        let compose = MarkedSource("""
            services:
              web:
                build: .
                1️⃣environment:
                  REDIS_HOST: redis
                  DB_PASSWORD: x
            """)
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 4, column: 5))
        XCTAssertEqual(outcome.found, "`DB_PASSWORD` in the environment of `web` (the task asks for `DB_PASS`)")
    }

    func testABareNameWithNothingToSetItFails() throws {
        let check = try makeCheck(ComposeEnvironmentCheck.self, check)
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": "services:\n  web:\n    build: .\n    environment: [REDIS_HOST=redis, DB_PASS]\n"])
        XCTAssertEqual(outcome.location?.line, 4)
        XCTAssertEqual(outcome.found, "`DB_PASS` is written without a value and nothing sets it (no .env entry)")
    }

    func testAnUnsetVariableLeavesTheValueEmpty() throws {
        let check = try makeCheck(ComposeEnvironmentCheck.self, "service: web\nvariables: {DB_PASS: null}")
        let compose = MarkedSource("services:\n  web:\n    build: .\n    environment:\n      DB_PASS: 1️⃣${POSTGRES_PASSWORD:?set it in .env}\n")
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 5, column: 16))
        XCTAssertEqual(outcome.found, "`DB_PASS` is empty: required variable POSTGRES_PASSWORD is missing a value: set it in .env")
        try assertCheck(check, .pass, on: ["compose.yaml": compose.text, ".env": "POSTGRES_PASSWORD=s3cret\n"])
    }

    func testManifestProblemsArePositioned() {
        let (check, problems) = decodeCheck(ComposeEnvironmentCheck.self, "service: web\nvariables: [REDIS_HOST]\n")
        XCTAssertNil(check)
        XCTAssertEqual(problems, [
            "lab.yaml:2:12: error: `variables:` of check `test` maps each variable's name to its value (null: any value)",
        ])
    }
}
