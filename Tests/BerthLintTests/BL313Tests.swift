import BerthLint
import XCTest

final class BL313Tests: XCTestCase {
    func testCatchesPortRanges() {
        assertNginx(BL313.self, finds: "server { listen 1️⃣5000-5005; listen 2️⃣127.0.0.1:6000-6001 reuseport; }",
                    message: "works only from nginx 1.15.10")
    }

    func testCatchesNotSinglePorts() {
        assertNginx(BL313.self, findsNothingIn: "server { listen 80; listen [::]:443 ssl; listen unix:/run/a.sock; }")
    }
}
