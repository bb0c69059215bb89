import BerthLint
import XCTest

final class BL310Tests: XCTestCase {
    func testCatchesTheFirstDirectiveThatIsNotReturnOrRewrite() {
        assertNginx(BL310.self, finds: """
            location / {
                if ($request_method = POST) {
                    rewrite ^ /post last;
                    1️⃣proxy_pass http://app;
                    add_header X-Post yes;
                }
            }
            """, context: .server, message: "proxy_pass inside if in a location")
        assertNginx(BL310.self, finds: "if ($slow) { 1️⃣limit_rate 10k; }", context: .location)
    }

    func testCatchesNotReturnRewriteOrAnIfInAServer() {
        assertNginx(BL310.self, findsNothingIn: """
            server {
                if ($host = old.example) { set $moved 1; }
                location / {
                    if ($request_method = OPTIONS) { return 204; }
                    if ($http_x_old) { rewrite ^/old/(.*)$ /new/$1 last; }
                }
            }
            """)
    }
}
