import BerthLint
import XCTest

final class BL303Tests: XCTestCase {
    func testCatchesEachMissingHeaderAtTheProxyPass() {
        let (findings, source) = nginxFindings(BL303.self, """
            location /api/ {
                proxy_set_header Host $host;
                1️⃣proxy_pass http://backend;
            }
            """, context: .server)
        XCTAssertEqual(Set(findings.map(\.message)), [
            "proxy_pass does not set X-Real-IP: the backend sees the proxy's address instead of the client's",
            "proxy_pass does not set X-Forwarded-For: the backend cannot tell which clients the request passed through",
            "proxy_pass does not set X-Forwarded-Proto: the backend cannot tell https from http and builds wrong redirects",
        ])
        let marker = source.position("1️⃣")
        for finding in findings {
            XCTAssertEqual(finding.location.line, marker.line)
            XCTAssertEqual(finding.location.column, marker.column)
        }
        let realIP = findings.first { $0.message.contains("X-Real-IP") }
        XCTAssertEqual(realIP?.fix.contains("proxy_set_header X-Real-IP $remote_addr;"), true)
    }

    func testAnInnerProxySetHeaderDropsTheInheritedOnes() {
        let (findings, _) = nginxFindings(BL303.self, """
            server {
                proxy_set_header Host $host;
                proxy_set_header X-Real-IP $remote_addr;
                proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                proxy_set_header X-Forwarded-Proto $scheme;
                location /api/ {
                    proxy_set_header Upgrade $http_upgrade;
                    proxy_pass http://backend;
                }
            }
            """)
        XCTAssertEqual(findings.count, 4)
        XCTAssertEqual(findings.first?.location.line, 8)
    }

    func testCatchesNotWhenAllFourApplyFromAnEnclosingBlock() {
        assertNginx(BL303.self, findsNothingIn: """
            server {
                proxy_set_header Host $host;
                proxy_set_header X-Real-IP $remote_addr;
                proxy_set_header x-forwarded-for $proxy_add_x_forwarded_for;
                proxy_set_header X-Forwarded-Proto $scheme;
                location /api/ { proxy_pass http://backend; }
            }
            """)
    }

    func testCatchesNotWhenASnippetSetsThemAtItsTopLevel() {
        assertNginx(BL303.self, findsNothingIn: """
            proxy_set_header Host $host;
            proxy_set_header X-Real-IP $remote_addr;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            server { location / { proxy_pass http://app; } }
            """)
    }
}
