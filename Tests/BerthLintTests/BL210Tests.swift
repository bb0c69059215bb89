import BerthLint
import XCTest

final class BL210Tests: XCTestCase {
    func testCatchesABuildTaggedAsAnOfficialImage() {
        assertCompose(BL210.self, finds: """
            services:
              back-end:
                build: ./back-end
                image: 1️⃣ubuntu:latest
              front-end:
                build:
                  context: ./front-end
                image: 2️⃣library/nginx
            """, message: "replacing the official image on this machine")
    }

    func testCatchesNotProjectNamesOrPulledImages() {
        assertCompose(BL210.self, findsNothingIn: """
            services:
              back-end:
                build: ./back-end
                image: softy-pinko-back-end:task4
              front-end:
                build: ./front-end
                image: myname/nginx:1
              proxy:
                image: nginx:1.27
            """)
    }
}
