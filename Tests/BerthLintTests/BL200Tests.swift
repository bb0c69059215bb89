import BerthLint
import XCTest

final class BL200Tests: XCTestCase {
    func testCatchesTheObsoleteVersionKey() {
        assertCompose(BL200.self, finds: """
            1️⃣version: "3.8"
            services:
              web:
                image: nginx:1.27
            """, message: "`version: 3.8` is obsolete")
    }

    func testCatchesNotAFileWithoutIt() {
        assertCompose(BL200.self, findsNothingIn: """
            name: shop
            services:
              web:
                image: nginx:1.27
                environment:
                  version: "3.8"
            """)
    }
}
