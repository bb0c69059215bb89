import BerthFormats
import BerthLabs
import BerthTestSupport
import XCTest

final class NginxProxyPassCheckTests: XCTestCase {
    private let config = MarkedSource("""
        upstream web {
            server web1:5252;
            server web2:5252;
        }
        server {
            listen 9999;
            location / {
                1️⃣proxy_pass http://web;
            }
            location /api/ {
                2️⃣proxy_pass http://localhost:5252/;
            }
        }
        """)

    func testPassesThroughAnUpstream() throws {
        let check = try makeCheck(NginxProxyPassCheck.self, "path: nginx.conf\nlocation: /\nto: web2:5252")
        let outcome = try assertCheck(check, .pass, on: ["nginx.conf": config.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "nginx.conf", line: 8, column: 9))
        XCTAssertEqual(outcome.found, "`proxy_pass http://web;` (upstream `web`: web1:5252, web2:5252)")
    }

    func testLocalhostIsTheProxyItself() throws {
        let check = try makeCheck(NginxProxyPassCheck.self, "path: nginx.conf\nlocation: /api/\nto: backend:5252")
        let outcome = try assertCheck(check, .fail, on: ["nginx.conf": config.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "nginx.conf", line: 11, column: 9))
        XCTAssertEqual(outcome.found,
                       "`proxy_pass http://localhost:5252/;` goes to localhost, which inside the proxy's container is the proxy itself: use the service's name, backend")
    }

    func testTheWrongPortAndAMissingLocation() throws {
        let check = try makeCheck(NginxProxyPassCheck.self, "path: proxy.conf\nlocation: /\nto: front-end:9000")
        let wrongPort = try assertCheck(check, .fail, on: ["proxy.conf": "server {\n  location / {\n    proxy_pass http://front-end:80;\n  }\n}\n"])
        XCTAssertEqual(wrongPort.location, SourceLocation(file: "proxy.conf", line: 3, column: 5))
        XCTAssertEqual(wrongPort.found, "`proxy_pass http://front-end:80;` goes to port 80, not 9000")
        let api = try makeCheck(NginxProxyPassCheck.self, "path: proxy.conf\nlocation: /api/\nto: back-end:5252")
        let noLocation = try assertCheck(api, .fail, on: ["proxy.conf": "server {\n  location /api {\n    proxy_pass http://back-end:5252;\n  }\n}\n"])
        XCTAssertEqual(noLocation.location, SourceLocation(file: "proxy.conf", line: 1, column: 1))
        XCTAssertEqual(noLocation.found, "`location /api` (the task asks for `location /api/`)")
    }

    func testAnUpstreamWithoutTheServerNamesItsServers() throws {
        let check = try makeCheck(NginxProxyPassCheck.self, "path: nginx.conf\nlocation: /\nto: web1:5000")
        let outcome = try assertCheck(check, .fail, on: ["nginx.conf": config.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "nginx.conf", line: 8, column: 9))
        XCTAssertEqual(outcome.found,
                       "`proxy_pass http://web;` goes to the upstream `web`, whose servers are web1:5252, web2:5252, not web1:5000")
    }

    func testManifestProblemsArePositioned() {
        let (check, problems) = decodeCheck(NginxProxyPassCheck.self, "path: nginx.conf\nlocation: /\nto: \"backend:port\"\n")
        XCTAssertNil(check)
        XCTAssertEqual(problems, [
            "lab.yaml:3:5: error: `to:` of check `test` is a host with an optional port, like backend:5252, not `backend:port`",
        ])
    }
}
