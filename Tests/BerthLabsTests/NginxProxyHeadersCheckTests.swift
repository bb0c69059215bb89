import BerthFormats
import BerthLabs
import BerthTestSupport
import XCTest

final class NginxProxyHeadersCheckTests: XCTestCase {
    func testPassesWhenTheServerSetsTheHeadersForEveryLocation() throws {
        let check = try makeCheck(NginxProxyHeadersCheck.self, "path: proxy/nginx.conf")
        let config = MarkedSource("""
            server {
                proxy_set_header Host $host;
                proxy_set_header X-Real-IP $remote_addr;
                proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                proxy_set_header X-Forwarded-Proto $scheme;
                location / { 1️⃣proxy_pass http://frontend:9000; }
                location /api/ { proxy_pass http://backend; }
            }
            """)
        let outcome = try assertCheck(check, .pass, on: ["proxy/nginx.conf": config.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "proxy/nginx.conf", line: 6, column: 18))
        XCTAssertEqual(outcome.found, "2 proxy_pass lines with all four headers")
    }

    func testALocationThatSetsOneHeaderDropsTheInheritedOnes() throws {
        let check = try makeCheck(NginxProxyHeadersCheck.self, "path: proxy/nginx.conf")
        let config = MarkedSource("""
            server {
                proxy_set_header Host $host;
                proxy_set_header X-Real-IP $remote_addr;
                proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                proxy_set_header X-Forwarded-Proto $scheme;
                location / {
                    proxy_set_header Host $host;
                    1️⃣proxy_pass http://frontend:9000;
                }
            }
            """)
        let outcome = try assertCheck(check, .fail, on: ["proxy/nginx.conf": config.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "proxy/nginx.conf", line: 8, column: 9))
        XCTAssertTrue(outcome.found.hasPrefix("proxy_pass does not set X-Real-IP"), outcome.found)
        XCTAssertTrue(outcome.found.contains("X-Forwarded-Proto"), outcome.found)
    }

    func testAConfigWithoutProxyPassFailsAtItsStart() throws {
        let check = try makeCheck(NginxProxyHeadersCheck.self, "path: proxy/nginx.conf")
        let outcome = try assertCheck(check, .fail, on: ["proxy/nginx.conf": "server {\n    listen 80;\n}\n"])
        XCTAssertEqual(outcome.location, SourceLocation(file: "proxy/nginx.conf", line: 1, column: 1))
        XCTAssertEqual(outcome.found, "no proxy_pass in proxy/nginx.conf")
        let missing = try assertCheck(check, .fail, on: [:])
        XCTAssertEqual(missing.location, SourceLocation(file: "proxy/nginx.conf", line: 1, column: 1))
        XCTAssertTrue(missing.found.hasSuffix("nothing else in it could be checked"), missing.found)
    }

    func testManifestProblemsArePositioned() {
        let (check, problems) = decodeCheck(NginxProxyHeadersCheck.self, "file: proxy/nginx.conf\n")
        XCTAssertNil(check)
        XCTAssertEqual(problems, [
            "lab.yaml:1:1: error: check `test` needs `path:` (the config file's path, like proxy/nginx.conf)",
            "lab.yaml:1:1: error: unknown key `file` in check `test`; known keys: path",
        ])
    }
}
