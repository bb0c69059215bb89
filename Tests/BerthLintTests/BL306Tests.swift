import BerthLint
import XCTest

final class BL306Tests: XCTestCase {
    func testCatchesLimitReqWithoutStatus() {
        assertNginx(BL306.self, finds: """
            limit_req_zone $binary_remote_addr zone=api:10m rate=5r/s;
            server {
                location /api/ { 1️⃣limit_req zone=api burst=10 nodelay; proxy_pass http://backend; }
            }
            """, message: "503")
    }

    func testCatchesNotWhenAStatusAppliesFromAnyEnclosingBlock() {
        assertNginx(BL306.self, findsNothingIn: """
            limit_req_status 429;
            server { location /api/ { limit_req zone=api burst=10; } }
            """)
        assertNginx(BL306.self, findsNothingIn: "location /api/ { limit_req zone=api; limit_req_status 429; }",
                    context: .server)
    }
}
