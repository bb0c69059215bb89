import BerthLint
import XCTest

final class BL302Tests: XCTestCase {
    func testCatchesALocationWithoutTrailingSlash() {
        assertNginx(BL302.self, finds: "location 1️⃣/static { alias /srv/static/; }", context: .server,
                    message: "/static../")
        assertNginx(BL302.self, finds: "location ^~ 1️⃣/files { alias /data/; }", context: .server)
    }

    func testCatchesNotMatchingSlashesRegexOrExactLocations() {
        assertNginx(BL302.self, findsNothingIn: """
            location /static/ { alias /srv/static/; }
            location /img { alias /srv/img; }
            location = /favicon { alias /srv/favicon/; }
            location ~ ^/download/(.*)$ { alias /srv/files/$1; }
            """, context: .server)
    }
}
