import BerthLint
import XCTest

final class BL204Tests: XCTestCase {
    func testCatchesWaitingOnlyForTheStart() {
        assertCompose(BL204.self, finds: """
            services:
              web:
                image: web:1
                depends_on:
                  - 1️⃣db
                  - cache
              worker:
                image: web:1
                depends_on:
                  2️⃣db:
                    condition: service_started
              db:
                image: postgres:16
                healthcheck:
                  test: ["CMD", "pg_isready"]
              cache:
                image: redis:7
            """, message: "not for its health check to pass")
    }

    func testCatchesNotHealthyConditionsOrDependenciesWithoutHealthChecks() {
        assertCompose(BL204.self, findsNothingIn: """
            services:
              web:
                image: web:1
                depends_on:
                  db:
                    condition: service_healthy
                  migrate:
                    condition: service_completed_successfully
                  cache:
                    condition: service_started
              db:
                image: postgres:16
                healthcheck:
                  test: ["CMD", "pg_isready"]
              migrate:
                image: web:1
                healthcheck:
                  test: ["CMD", "true"]
              cache:
                image: redis:7
                healthcheck:
                  disable: true
            """)
    }
}
