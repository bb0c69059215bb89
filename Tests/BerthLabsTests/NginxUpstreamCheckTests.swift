import BerthFormats
import BerthLabs
import BerthTestSupport
import XCTest

final class NginxUpstreamCheckTests: XCTestCase {
    func testPassesWhenOneUpstreamHasEveryServer() throws {
        let check = try makeCheck(NginxUpstreamCheck.self, "path: nginx.conf\nname: web\nservers: [web1:5252, web2:5252, web3:5252]")
        let config = MarkedSource("events {}\nhttp {\n    1️⃣upstream web {\n        server web1:5252;\n        server web2:5252;\n        server web3:5252;\n    }\n}\n")
        let outcome = try assertCheck(check, .pass, on: ["nginx.conf": config.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "nginx.conf", line: 3, column: 5))
        XCTAssertEqual(outcome.found, "`upstream web { … }` with server web1:5252, web2:5252, web3:5252")
    }

    func testAMissingServerIsNamed() throws {
        let check = try makeCheck(NginxUpstreamCheck.self, "path: nginx.conf\nservers: [web1:5252, web2:5252, web3:5252]")
        let config = MarkedSource("1️⃣upstream web {\n    server web1:5252;\n    server web2:5252;\n}\n")
        let outcome = try assertCheck(check, .fail, on: ["nginx.conf": config.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "nginx.conf", line: 1, column: 1))
        XCTAssertEqual(outcome.found, "`upstream web { … }` with server web1:5252, web2:5252; no web3:5252")
    }

    func testOneServerLineCountsAsOne() throws {
        let check = try makeCheck(NginxUpstreamCheck.self, "path: proxy.conf\nminimum: 3")
        let outcome = try assertCheck(check, .fail, on: ["proxy.conf": "upstream backend {\n    server backend:5252;\n}\n"])
        XCTAssertTrue(outcome.found.contains("1 server line, fewer than 3"), outcome.found)
        let none = try assertCheck(check, .fail, on: ["proxy.conf": "server {\n    location / { proxy_pass http://backend:5252; }\n}\n"])
        XCTAssertEqual(none.location, SourceLocation(file: "proxy.conf", line: 1, column: 1))
        XCTAssertEqual(none.found, "no `upstream` block in proxy.conf")
    }

    func testManifestProblemsArePositioned() {
        let (check, problems) = decodeCheck(NginxUpstreamCheck.self, "path: nginx.conf\nservers: [\"web1:http\"]\n")
        XCTAssertNil(check)
        XCTAssertEqual(problems, ["lab.yaml:2:10: error: `servers:` of check `test` lists hosts with optional ports, like web1:5252"])
    }
}
