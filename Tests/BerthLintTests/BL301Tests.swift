import BerthLint
import XCTest

final class BL301Tests: XCTestCase {
    func testCatchesHttpHost() {
        assertNginx(BL301.self, finds: "location / { proxy_set_header Host 1️⃣$http_host; proxy_pass http://app; }",
                    context: .server, message: "use $host")
        assertNginx(BL301.self, finds: "location / { proxy_set_header host \"1️⃣$http_host\"; }", context: .server)
    }

    func testCatchesNotHostOrOtherHeaders() {
        assertNginx(BL301.self, findsNothingIn: """
            location / {
                proxy_set_header Host $host;
                proxy_set_header X-Original-Host $http_host;
            }
            """, context: .server)
    }
}
