import BerthLint
import XCTest

final class BL206Tests: XCTestCase {
    func testCatchesAnUndeclaredNamedVolume() {
        assertCompose(BL206.self, finds: """
            services:
              db:
                image: postgres:16
                volumes:
                  - 1️⃣db-data:/var/lib/postgresql/data
                  - logs:/logs
            volumes:
              logs:
            """, message: "mounts volume `db-data`, which the top-level `volumes:` does not declare")
    }

    func testCatchesTheLongFormToo() {
        assertCompose(BL206.self, finds: """
            services:
              db:
                image: postgres:16
                volumes:
                  - 1️⃣type: volume
                    source: cache
                    target: /cache
            """, message: "volume `cache`")
    }

    func testCatchesNotDeclaredVolumesBindsOrAnonymousVolumes() {
        assertCompose(BL206.self, findsNothingIn: """
            services:
              db:
                image: postgres:16
                volumes:
                  - db-data:/var/lib/postgresql/data
                  - ./db/init.sql:/docker-entrypoint-initdb.d/init.sql:ro
                  - /scratch
            volumes:
              db-data:
            """)
    }
}
