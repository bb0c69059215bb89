import BerthLint
import XCTest

final class BL311Tests: XCTestCase {
    func testCatchesAMainConfigWithoutEvents() {
        assertNginx(BL311.self, finds: """
            worker_processes auto;
            1️⃣http {
                server { listen 80; }
            }
            """, context: .main, message: "nginx.conf has no events block")
        assertNginx(BL311.self, finds: "1️⃣worker_processes auto;", context: .main)
    }

    func testCatchesNotAMainConfigWithEventsOrASnippet() {
        assertNginx(BL311.self, findsNothingIn: "events {}\nhttp { server { listen 80; } }", context: .main)
        assertNginx(BL311.self, findsNothingIn: "server { listen 80; }", context: .http)
    }
}
