import BerthLint
import XCTest

final class BL305Tests: XCTestCase {
    func testCatchesWeakCiphersThatAreNotExcluded() {
        assertNginx(BL305.self, finds: "ssl_ciphers HIGH:1️⃣RC4:!aNULL:2️⃣DES-CBC3-SHA;", message: "weak cipher")
        assertNginx(BL305.self, finds: "ssl_ciphers \"ECDHE-RSA-AES128-GCM-SHA256:1️⃣aNULL\";")
    }

    func testCatchesNotExclusionsOrStrongCiphers() {
        assertNginx(BL305.self, findsNothingIn: "ssl_ciphers HIGH:!aNULL:!MD5:!RC4:-3DES;")
        assertNginx(BL305.self, findsNothingIn: "ssl_ciphers ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-CHACHA20-POLY1305;")
    }
}
