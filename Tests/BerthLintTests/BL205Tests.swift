import BerthFormats
import BerthLint
import XCTest

final class BL205Tests: XCTestCase {
    func testCatchesDatabasesAndCachesWithoutAHealthCheck() {
        assertCompose(BL205.self, finds: """
            services:
              db:
                image: 1️⃣postgres:16
              cache:
                image: 2️⃣bitnami/redis:7.2
              mongo:
                image: 3️⃣mongo:7
            """, message: "without a health check")
    }

    func testSuggestsATestForTheImage() {
        let compose = ComposeFile.parse(SourceText(path: "compose.yaml", text: "services:\n  db:\n    image: redis:7\n"))
        XCTAssertEqual(BL205.check(compose, in: LintContext()).first?.fix,
                       "Add `healthcheck:` with `test: [\"CMD\", \"redis-cli\", \"ping\"]`, interval, timeout and retries.")
    }

    func testCatchesNotCheckedDatabasesOrOtherImages() {
        assertCompose(BL205.self, findsNothingIn: """
            services:
              db:
                image: postgres:16
                healthcheck:
                  test: ["CMD-SHELL", "pg_isready -U postgres"]
                  interval: 5s
              web:
                image: nginx:1.27
              app:
                build: ./redis-client
            """)
    }
}
