import BerthLint
import XCTest

final class BL315Tests: XCTestCase {
    func testCatchesUnanchoredRegexesAtTheRegex() {
        assertNginx(BL315.self, finds: """
            server {
                if ($http_origin ~* 1️⃣example\\.com) { set $cors on; }
                if ($http_referer !~ 2️⃣"^https://example\\.com") { return 403; }
            }
            """, message: "not anchored")
    }

    func testCatchesAnUnescapedDotAtTheDot() {
        assertNginx(BL315.self, finds: #"if ($http_origin ~ "^https://(www\.)?example1️⃣.com$") { set $cors on; }"#,
                    context: .server, message: "unescaped dot")
    }

    func testCatchesNotAnchoredEscapedRegexesOrOtherHeaders() {
        assertNginx(BL315.self, findsNothingIn: #"""
            if ($http_origin ~* "^https://(www\.)?example\.com$") { set $cors on; }
            if ($http_origin ~ ^https://[a-z.]+\.example\.com$) { set $cors on; }
            if ($http_user_agent ~ bot) { return 403; }
            if ($http_origin = "https://example.com") { set $cors on; }
            """#, context: .server)
    }
}
