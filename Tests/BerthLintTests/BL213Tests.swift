import BerthLint
import XCTest

final class BL213Tests: XCTestCase {
    func testCatchesAFixedHostPortOnReplicas() {
        assertCompose(BL213.self, finds: """
            services:
              back-end:
                build: .
                scale: 3
                ports:
                  - 1️⃣"5252:5252"
                  - "5253"
                  - 2️⃣"7000-7001:7000"
            """, message: "runs 3 containers but pins host port")
    }

    func testCatchesNotASingleContainerOrAWideEnoughRange() {
        assertCompose(BL213.self, findsNothingIn: """
            services:
              back-end:
                build: .
                deploy:
                  replicas: 3
                ports:
                  - "8000-8002:5252"
                  - "5253"
              proxy:
                image: nginx:1.27
                ports:
                  - "80:80"
            """)
    }
}
