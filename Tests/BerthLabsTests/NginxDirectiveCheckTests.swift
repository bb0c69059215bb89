import BerthFormats
import BerthLabs
import BerthTestSupport
import XCTest

final class NginxDirectiveCheckTests: XCTestCase {
    private let proxy = MarkedSource("""
        limit_req_zone $binary_remote_addr zone=api:10m rate=10r/s;
        server {
            listen 80;
            1️⃣return 301 https://$host$request_uri;
        }
        2️⃣server {
            listen 443 ssl;
            3️⃣ssl_protocols TLSv1.3 TLSv1.2;
            4️⃣limit_req_status 429;
            location /api/ {
                limit_req zone=api burst=20 nodelay;
                proxy_pass http://backend;
            }
        }
        """)

    func testFindsADirectiveInTheSelectedServer() throws {
        let check = try makeCheck(NginxDirectiveCheck.self, """
            path: proxy/nginx.conf
            directive: ssl_protocols
            in: server[listen=443]
            arguments: [TLSv1.2, TLSv1.3]
            """)
        let outcome = try assertCheck(check, .pass, on: ["proxy/nginx.conf": proxy.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "proxy/nginx.conf", line: 8, column: 5))
        XCTAssertEqual(outcome.found, "`ssl_protocols TLSv1.3 TLSv1.2;`")
    }

    func testAnInheritedSettingCountsInTheLocation() throws {
        let check = try makeCheck(NginxDirectiveCheck.self, """
            path: proxy/nginx.conf
            directive: limit_req_status
            in: server/location /api/
            arguments: [429]
            """)
        let outcome = try assertCheck(check, .pass, on: ["proxy/nginx.conf": proxy.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "proxy/nginx.conf", line: 9, column: 5))
        XCTAssertEqual(outcome.found, "`limit_req_status 429;`, inherited from the enclosing `server { … }`")
    }

    func testTheRedirectAndTheListenPort() throws {
        let redirect = try makeCheck(NginxDirectiveCheck.self, """
            path: proxy/nginx.conf
            directive: return
            in: server[listen=80]
            arguments: ["301", "https://$host$request_uri"]
            """)
        let outcome = try assertCheck(redirect, .pass, on: ["proxy/nginx.conf": proxy.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "proxy/nginx.conf", line: 4, column: 5))
        let listen = try makeCheck(NginxDirectiveCheck.self, "path: proxy/nginx.conf\ndirective: listen\nin: server\narguments: [\"443\", ssl]")
        try assertCheck(listen, .pass, on: ["proxy/nginx.conf": proxy.text])
    }

    func testAWrongValueIsQuotedWhereItIsWritten() throws {
        let check = try makeCheck(NginxDirectiveCheck.self, "path: front.conf\ndirective: listen\nin: server\narguments: [\"9000\"]")
        let config = MarkedSource("server {\n    1️⃣listen 80;\n    root /var/www/html;\n}\n")
        let outcome = try assertCheck(check, .fail, on: ["front.conf": config.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "front.conf", line: 2, column: 5))
        XCTAssertEqual(outcome.found, "`listen 80;`")
    }

    func testAMissingDirectiveAndAMissingLocationAreNamed() throws {
        let status = try makeCheck(NginxDirectiveCheck.self, "path: proxy/nginx.conf\ndirective: limit_req_status\nin: server[listen=80]")
        let missing = try assertCheck(status, .fail, on: ["proxy/nginx.conf": proxy.text])
        XCTAssertEqual(missing.location, SourceLocation(file: "proxy/nginx.conf", line: 2, column: 1))
        XCTAssertEqual(missing.found, "no `limit_req_status` in server[listen=80]")
        let location = try makeCheck(NginxDirectiveCheck.self, "path: proxy/nginx.conf\ndirective: limit_req\nin: server/location /api")
        let noBlock = try assertCheck(location, .fail, on: ["proxy/nginx.conf": proxy.text])
        XCTAssertEqual(noBlock.location, SourceLocation(file: "proxy/nginx.conf", line: 1, column: 1))
        XCTAssertEqual(noBlock.found, "`location /api/` (the task asks for `location /api`)")
    }

    func testASyntaxErrorFailsWithTheParsersWords() throws {
        let check = try makeCheck(NginxDirectiveCheck.self, "path: proxy.conf\ndirective: listen")
        let outcome = try assertCheck(check, .fail, on: ["proxy.conf": "server {\n    listen 80;\n    location / {\n        proxy_pass http://front-end:9000\n    }\n}\n"])
        XCTAssertEqual(outcome.location?.file, "proxy.conf")
        XCTAssertTrue(outcome.found.hasSuffix("(nginx would refuse to start with this config)"), outcome.found)
    }

    func testAnIncludeOfTheImagesOwnFileIsNoObstacle() throws {
        let check = try makeCheck(NginxDirectiveCheck.self, "path: frontend/nginx.conf\ndirective: listen\nin: server\narguments: [\"9000\"]")
        let config = "events {}\nhttp {\n    include mime.types;\n    server {\n        listen 9000;\n    }\n}\n"
        let outcome = try assertCheck(check, .pass, on: ["frontend/nginx.conf": config])
        XCTAssertEqual(outcome.location, SourceLocation(file: "frontend/nginx.conf", line: 5, column: 9))
    }

    func testManifestProblemsArePositioned() {
        let (check, problems) = decodeCheck(NginxDirectiveCheck.self, "path: nginx.conf\ndirective: listen\nin: \"/server\"\n")
        XCTAssertNil(check)
        XCTAssertEqual(problems, [
            "lab.yaml:3:5: error: `in:` of check `test` is a path of blocks like `server` or `server/location /api/`, not `/server`",
        ])
    }
}
