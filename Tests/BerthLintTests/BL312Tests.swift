import BerthLint
import XCTest

final class BL312Tests: XCTestCase {
    func testCatchesServerTokensOnAtItsValue() {
        assertNginx(BL312.self, finds: "server_tokens 1️⃣on;\nserver { server_tokens 2️⃣ON; }", message: "nginx version")
    }

    func testCatchesNotServerTokensOff() {
        assertNginx(BL312.self, findsNothingIn: "server_tokens off;\nserver { listen 80; }")
    }
}
