import BerthLint
import XCTest

final class BL212Tests: XCTestCase {
    func testCatchesAMappingInExpose() {
        assertCompose(BL212.self, finds: """
            services:
              back-end:
                build: .
                expose:
                  - 1️⃣"5252:5252"
                  - "9000"
            """, message: "expose takes a container port only")
    }

    func testCatchesNotPortsAndRanges() {
        assertCompose(BL212.self, findsNothingIn: """
            services:
              back-end:
                build: .
                expose:
                  - "5252"
                  - 9000
                  - "8000-8010"
                  - "53/udp"
            """)
    }
}
