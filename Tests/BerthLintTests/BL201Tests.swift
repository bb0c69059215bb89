import BerthLint
import XCTest

final class BL201Tests: XCTestCase {
    func testCatchesUntaggedImages() {
        assertCompose(BL201.self, finds: """
            services:
              db:
                image: 1️⃣postgres
              cache:
                image: 2️⃣docker.io/library/redis
            """, message: "has no tag")
    }

    func testCatchesLatest() {
        assertCompose(BL201.self, finds: """
            services:
              proxy:
                image: 1️⃣"nginx:latest"
            """, message: "follows whichever version was pushed last")
    }

    func testCatchesNotPinnedTagsDigestsOrBuilds() {
        assertCompose(BL201.self, findsNothingIn: """
            services:
              db:
                image: postgres:16-alpine
              cache:
                image: localhost:5000/redis:7.2
              pinned:
                image: redis@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef
              web:
                build: .
                image: shop-web
            """)
    }
}
