import BerthFormats
import BerthLint
import XCTest

final class BL307Tests: XCTestCase {
    let services = LintContext(composeServices: ["backend", "frontend", "web1", "web2"], proxyServices: ["proxy"])

    func testCatchesHostsThatAreNeitherUpstreamsNorServices() {
        assertNginx(BL307.self, finds: """
            upstream api { server web1:5000; server 1️⃣web3:5000; }
            server {
                location / { proxy_pass http://2️⃣front-end:9000; }
                location /api/ { proxy_pass http://api; }
                location /direct/ { proxy_pass http://3️⃣localhost:5252/; }
            }
            """, lint: services)
        assertNginx(BL307.self, finds: "location / { proxy_pass http://1️⃣localhost:9000; }", context: .server,
                    lint: services, message: "localhost inside the proxy's container is the proxy itself")
    }

    func testCatchesNotServicesUpstreamsVariablesAddressesOrDNSNames() {
        assertNginx(BL307.self, findsNothingIn: """
            upstream api { server web1:5000; server web2:5000; }
            server {
                location / { proxy_pass http://frontend:9000; }
                location /api/ { proxy_pass http://api; }
                location /v/ { proxy_pass http://$target; }
                location /ip/ { proxy_pass http://127.0.0.1:8080; }
                location /dns/ { proxy_pass https://api.example.com; }
            }
            """, lint: services)
    }

    func testCatchesNothingWithoutComposeServices() {
        assertNginx(BL307.self, findsNothingIn: "location / { proxy_pass http://anything; }", context: .server)
    }
}
