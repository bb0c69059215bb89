import BerthLint
import XCTest

final class BL300Tests: XCTestCase {
    func testCatchesALocationThatDropsTheServersHeaders() {
        assertNginx(BL300.self, finds: """
            server {
                add_header X-Frame-Options DENY;
                add_header X-Content-Type-Options nosniff;
                location /api/ {
                    1️⃣add_header Access-Control-Allow-Origin *;
                }
            }
            """, message: "drops X-Frame-Options, X-Content-Type-Options")
    }

    func testCatchesAnIfInsideALocation() {
        assertNginx(BL300.self, finds: """
            server {
                location / {
                    add_header X-Frame-Options DENY;
                    if ($request_method = OPTIONS) { 1️⃣add_header Access-Control-Max-Age 600; return 204; }
                }
            }
            """)
    }

    func testCatchesNotWhenTheHeadersAreRepeatedOrOnlySetOnce() {
        assertNginx(BL300.self, findsNothingIn: """
            server {
                add_header X-Frame-Options DENY;
                location / { root /srv; }
                location /api/ {
                    add_header X-Frame-Options DENY;
                    add_header Access-Control-Allow-Origin *;
                }
            }
            """)
    }

    func testASnippetsTopLevelIsTheEnclosingBlock() {
        assertNginx(BL300.self, finds: """
            add_header X-Frame-Options DENY;
            server {
                location / { 1️⃣add_header X-Extra yes; }
            }
            """, message: "drops X-Frame-Options, set by add_header in the top of nginx.conf (the http block that includes it)")
    }
}
