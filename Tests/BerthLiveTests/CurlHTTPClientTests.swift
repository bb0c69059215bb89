import BerthLive
import BerthTestSupport
import Foundation
import XCTest

/// The libcurl bridge against a real nginx: statuses, headers, bodies, redirects and
/// timeouts (pinned TLS versions are ProbeTests' TLS case).
final class CurlHTTPClientTests: XCTestCase {
    let client = CurlHTTPClient()

    override func setUpWithError() throws {
        try XCTSkipUnless(NginxServer.isAvailable, "nginx is not installed (apt-get install nginx-light)")
    }

    func testGetReturnsStatusHeadersAndBody() throws {
        let server = try NginxServer(serverBlocks: """
            server {
                listen ADDRESS:8080;
                location = /hello { add_header X-Probe yes; return 200 "Hello, World!"; }
            }
            """)
        let response = try client.send(HTTPRequest(url: "http://\(server.address):8080/hello"))
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.text, "Hello, World!")
        XCTAssertEqual(response.header("x-probe"), "yes")
        XCTAssertEqual(response.header("Server")?.hasPrefix("nginx"), true)
    }

    func testRequestHeadersReachTheServer() throws {
        let server = try NginxServer(serverBlocks: """
            server {
                listen ADDRESS:8080;
                location / { return 200 "$http_x_forwarded_proto $request_method"; }
            }
            """)
        let response = try client.send(HTTPRequest(url: "http://\(server.address):8080/",
                                                   method: "DELETE",
                                                   headers: [("X-Forwarded-Proto", "https")]))
        XCTAssertEqual(response.text, "https DELETE")
    }

    func testRedirectTargetIsReportedWithoutFollowing() throws {
        let server = try NginxServer(serverBlocks: """
            server {
                listen ADDRESS:8080;
                location / { return 301 https://$host$request_uri; }
            }
            """)
        let response = try client.send(HTTPRequest(url: "http://localhost:8080/api/hello?x=1",
                                                   connectAddress: server.address))
        XCTAssertEqual(response.status, 301)
        XCTAssertEqual(response.redirectURL, "https://localhost/api/hello?x=1")
    }

    func testRefusedConnectionIsAConnectionError() {
        let address = NginxServer.randomLoopbackAddress()
        XCTAssertThrowsError(try client.send(HTTPRequest(url: "http://\(address):9/", timeout: 2))) { error in
            XCTAssertEqual((error as? HTTPProbeError)?.kind, .connection)
        }
    }

    func testSlowServerTimesOut() throws {
        // A listening socket that never answers: the request must give up at its timeout.
        let listener = try SilentListener()
        let start = Date()
        XCTAssertThrowsError(try client.send(HTTPRequest(url: "http://\(listener.address):\(listener.port)/",
                                                         timeout: 0.5))) { error in
            XCTAssertEqual((error as? HTTPProbeError)?.kind, .timeout)
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 3)
    }
}
