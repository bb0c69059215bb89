import BerthLint
import XCTest

final class BL304Tests: XCTestCase {
    func testCatchesEachObsoleteProtocol() {
        assertNginx(BL304.self, finds: "ssl_protocols 1️⃣TLSv1 2️⃣TLSv1.1 TLSv1.2;", message: "deprecated")
        assertNginx(BL304.self, finds: "server { ssl_protocols 1️⃣SSLv3 TLSv1.2; }")
    }

    func testCatchesNotModernProtocols() {
        assertNginx(BL304.self, findsNothingIn: "ssl_protocols TLSv1.2 TLSv1.3;")
    }
}
