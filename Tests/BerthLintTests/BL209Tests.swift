import BerthLint
import XCTest

final class BL209Tests: XCTestCase {
    func testCatchesContainerNameOnAScaledService() {
        assertCompose(BL209.self, finds: """
            services:
              web:
                image: web:1
                container_name: 1️⃣web
                deploy:
                  replicas: 3
              worker:
                image: worker:1
                container_name: 2️⃣worker
                scale: 2
            """, message: "containers but names them all")
    }

    func testCatchesNotASingleContainer() {
        assertCompose(BL209.self, findsNothingIn: """
            services:
              db:
                image: postgres:16
                container_name: db
              web:
                image: web:1
                deploy:
                  replicas: 3
            """)
    }
}
