import BerthLint
import XCTest

final class BL211Tests: XCTestCase {
    func testCatchesReferencesToMissingServices() {
        assertCompose(BL211.self, finds: """
            services:
              front-end:
                image: web:1
                depends_on:
                  - 1️⃣backend
                links:
                  - 2️⃣db:database
              back-end:
                image: api:1
            """, message: "which is not a service here (services: `front-end`, `back-end`)")
    }

    func testCatchesNotExistingServices() {
        assertCompose(BL211.self, findsNothingIn: """
            services:
              front-end:
                image: web:1
                depends_on:
                  back-end:
                    condition: service_started
                links:
                  - back-end:api
              back-end:
                image: api:1
            """)
    }
}
