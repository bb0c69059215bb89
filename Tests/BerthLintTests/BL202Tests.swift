import BerthLint
import XCTest

final class BL202Tests: XCTestCase {
    func testCatchesBaseSixtyMappings() {
        assertCompose(BL202.self, finds: """
            services:
              ssh:
                image: sshd:1
                ports:
                  - 1️⃣22:22
                  - "2222:22"
            """, message: "the number 1342 to YAML 1.1 parsers")
    }

    func testCatchesEveryUnquotedMapping() {
        assertCompose(BL202.self, finds: """
            services:
              web:
                image: web:1
                ports: [1️⃣8080:80, 2️⃣127.0.0.1:9000:9000]
            """, message: "quote it so every YAML parser reads it as text")
    }

    func testCatchesNotQuotedMappingsBarePortsOrLongForm() {
        assertCompose(BL202.self, findsNothingIn: """
            services:
              web:
                image: web:1
                ports:
                  - "22:22"
                  - '8080:80'
                  - 9000
                  - target: 80
                    published: 8081
            """)
    }
}
