import BerthLint
import XCTest

final class BL309Tests: XCTestCase {
    func testCatchesANameClaimedTwiceOnOnePort() {
        assertNginx(BL309.self, finds: """
            server { listen 80; server_name example.com www.example.com; }
            server { listen 80; server_name api.example.com 1️⃣Example.com; }
            server { listen 8080; server_name example.com; }
            """, message: "already claimed by the server at line 1")
    }

    func testCatchesTwoServersWithoutANameOnTheSamePort() {
        assertNginx(BL309.self, finds: """
            server { listen 9000; root /srv/a; }
            1️⃣server { listen 9000; root /srv/b; }
            """, message: "server name \"\" on *:9000")
    }

    func testCatchesNotDistinctNamesOrPortsOrARepeatedListen() {
        assertNginx(BL309.self, findsNothingIn: """
            server { listen 80; server_name example.com; }
            server { listen 80; server_name api.example.com; }
            server { listen 443 ssl; server_name example.com; }
            server { listen 127.0.0.1:80; server_name example.com; }
            server { listen 9000; listen 9000; }
            """)
    }
}
