import BerthLint
import XCTest

final class BL308Tests: XCTestCase {
    func testCatchesTheRepeatedListenAtItsAddress() {
        assertNginx(BL308.self, finds: """
            server {
                listen 80;
                listen [::]:80;
                listen 1️⃣*:80 default_server;
                listen 127.0.0.1:8080;
                listen 2️⃣127.0.0.1:8080 http2;
            }
            """, message: "repeats the listen at line")
        assertNginx(BL308.self, finds: "server { listen 0.0.0.0:443 ssl; listen 1️⃣443; }", message: "*:443")
    }

    func testCatchesNotDistinctListensOrTheSamePortInTwoServers() {
        assertNginx(BL308.self, findsNothingIn: """
            server { listen 80; listen [::]:80; listen 443 ssl; listen 127.0.0.1:80; }
            server { listen 80; server_name other.example; }
            """)
    }
}
