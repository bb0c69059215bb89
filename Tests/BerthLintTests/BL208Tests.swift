import BerthLint
import XCTest

final class BL208Tests: XCTestCase {
    func testCatchesCredentialsWrittenOut() {
        assertCompose(BL208.self, finds: """
            services:
              db:
                image: postgres:16
                environment:
                  POSTGRES_USER: shop
                  POSTGRES_PASSWORD: 1️⃣s3cret
              web:
                image: web:1
                environment:
                  - DB_PASS=2️⃣s3cret
                  - "API_TOKEN=3️⃣abc123"
            """, message: "is written in the compose file")
    }

    func testCatchesNotInterpolatedSecretFilesOrOtherNames() {
        assertCompose(BL208.self, findsNothingIn: """
            services:
              db:
                image: postgres:16
                environment:
                  POSTGRES_PASSWORD: ${DB_PASS}
                  POSTGRES_PASSWORD_FILE: /run/secrets/db-password
                  PASSWORD_MIN_LENGTH_HINT:
                  DB_PASS:
                  PASSPORT_OFFICE: central
              web:
                image: web:1
                environment:
                  - DB_PASS
                  - SECRET_KEY=${SECRET_KEY}
            """)
    }
}
