import BerthLint
import XCTest

/// BL116: secrets in ENV and ARG.
final class BL116Tests: XCTestCase {
    func testCatchesLiteralSecretsAtTheValue() {
        assertDockerfileFindings(BL116.self, "FROM alpine:3.20\nENV DB_PASSWORD=1️⃣hunter2 API_KEY=2️⃣\"abc\"\nARG GITHUB_TOKEN=3️⃣ghp_123\nENV DB_PASS 4️⃣secret\n")
    }

    func testCatchesNotReferencesFilesOrEmptyValues() {
        assertDockerfileFindings(BL116.self, "FROM alpine:3.20\nARG NPM_TOKEN\nENV TOKEN=$NPM_TOKEN POSTGRES_PASSWORD_FILE=/run/secrets/db DB_USER=app PASSWORD=\"\"\nENV TOKENIZERS_PARALLELISM=false\n")
    }
}
