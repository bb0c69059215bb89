import BerthLint
import XCTest

final class BL207Tests: XCTestCase {
    func testCatchesADeclaredVolumeNobodyMounts() {
        assertCompose(BL207.self, finds: """
            services:
              db:
                image: postgres:16
                volumes:
                  - ./data:/var/lib/postgresql/data
            volumes:
              1️⃣data:
            """, message: "volume `data` is declared but no service mounts it")
    }

    func testCatchesNotVolumesInUse() {
        assertCompose(BL207.self, findsNothingIn: """
            services:
              db:
                image: postgres:16
                volumes:
                  - data:/var/lib/postgresql/data
              backup:
                image: busybox:1.36
                volumes:
                  - type: volume
                    source: archive
                    target: /archive
            volumes:
              data:
              archive:
            """)
    }
}
