import BerthLive
import BerthTestSupport
import Foundation
import XCTest

/// Each probe against a real nginx: it passes on a correct config and fails on the broken one
/// students write.
final class ProbeTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(NginxServer.isAvailable, "nginx is not installed (apt-get install nginx-light)")
    }

    /// Three "replicas" (each answering its own instance id) behind an upstream of `servers`.
    private func balancer(servers: [String]) throws -> NginxServer {
        let ports = ["a": 8081, "b": 8082, "c": 8083]
        let upstream = servers.map { "server ADDRESS:\(ports[$0] ?? 8081);" }.joined(separator: " ")
        return try NginxServer(serverBlocks: """
            upstream replicas { \(upstream) }
            server { listen ADDRESS:8081; location / { return 200 '{"instance":"a"}'; } }
            server { listen ADDRESS:8082; location / { return 200 '{"instance":"b"}'; } }
            server { listen ADDRESS:8083; location / { return 200 '{"instance":"c"}'; } }
            server { listen ADDRESS:8080; location / { proxy_pass http://replicas; } }
            """)
    }

    func testSpreadSeesThreeInstancesInRoundRobinAndOneWhenTheUpstreamHasOne() throws {
        let three = try balancer(servers: ["a", "b", "c"])
        let spread = SpreadProbe(url: "http://\(three.address):8080/api/instance", requests: 9, field: "instance").run()
        XCTAssertEqual(spread.counts, ["a": 3, "b": 3, "c": 3])
        XCTAssertEqual(spread.largestShare, 1.0 / 3, accuracy: 0.001)

        let one = try balancer(servers: ["a"])
        let single = SpreadProbe(url: "http://\(one.address):8080/", requests: 9, field: "instance").run()
        XCTAssertEqual(single.distinct, 1)
        XCTAssertEqual(single.summary, "a: 9")
        XCTAssertEqual(SpreadProbe(url: "http://\(one.address):8081/", requests: 2, field: "missing").run().failures.count, 2)
    }

    /// `limit_req` guards a static file: a `return` would answer before the limit is applied.
    private func limited(status: String) throws -> NginxServer {
        try NginxServer(serverBlocks: """
            server {
                listen ADDRESS:8080;
                root PREFIX/html;
                location / { limit_req zone=per_client burst=2 nodelay; \(status) }
            }
            """, httpDirectives: "limit_req_zone $binary_remote_addr zone=per_client:1m rate=2r/s;",
            files: ["html/index.html": "ok\n"])
    }

    func testABurstIsCountedAs429OnlyWhenLimitReqStatusSaysSo() throws {
        let right = try limited(status: "limit_req_status 429;")
        let burst = BurstProbe(url: "http://\(right.address):8080/", requests: 20, concurrency: 4).run()
        XCTAssertEqual(burst.successes + burst.tooManyRequests, 20, burst.summary)
        XCTAssertGreaterThan(burst.tooManyRequests, 10, burst.summary)
        XCTAssertEqual(burst.unavailable, 0)
        Thread.sleep(forTimeInterval: 1.1)
        XCTAssertEqual(BurstProbe(url: "http://\(right.address):8080/", requests: 1).run().successes, 1, "a pause lets requests through again")

        let wrong = try limited(status: "")
        let answered = BurstProbe(url: "http://\(wrong.address):8080/", requests: 20).run()
        XCTAssertEqual(answered.tooManyRequests, 0)
        XCTAssertGreaterThan(answered.unavailable, 10, "without limit_req_status nginx answers 503: \(answered.summary)")
    }

    private func tlsServer(protocols: String, ciphers: String = "") throws -> (NginxServer, TemporaryDirectory) {
        let directory = try TemporaryDirectory()
        let pair = try SelfSignedCertificate.write(into: directory)
        let server = try NginxServer(serverBlocks: """
            server {
                listen ADDRESS:8443 ssl;
                ssl_certificate \(pair.certificate);
                ssl_certificate_key \(pair.key);
                ssl_protocols \(protocols);
                \(ciphers)
                location / { return 200 "$ssl_protocol"; }
            }
            """)
        return (server, directory)
    }

    func testTLSAcceptsOnlyModernVersionsAndNamesTheCertificate() throws {
        let (modern, modernFiles) = try tlsServer(protocols: "TLSv1.2 TLSv1.3")
        let probe = TLSProbe(url: "https://localhost:8443/", connectAddress: modern.address)
        XCTAssertTrue(probe.handshake(.tls1_2).accepted)
        let newest = probe.handshake(.tls1_3)
        XCTAssertTrue(newest.accepted)
        XCTAssertEqual(newest.names, ["localhost"])
        XCTAssertTrue(probe.handshake(.tls1_0).refusedByServer)
        XCTAssertTrue(probe.handshake(.tls1_1).refusedByServer)
        withExtendedLifetime(modernFiles) {}

        // OpenSSL 3 refuses TLS 1.0 at its default security level even where ssl_protocols
        // allows it; a config that also lowers the level really serves it, and the probe sees that.
        let (old, oldFiles) = try tlsServer(protocols: "TLSv1 TLSv1.2 TLSv1.3", ciphers: "ssl_ciphers DEFAULT:@SECLEVEL=0;")
        let accepted = TLSProbe(url: "https://localhost:8443/", connectAddress: old.address).handshake(.tls1_0)
        XCTAssertTrue(accepted.accepted, "\(String(describing: accepted.error))")
        withExtendedLifetime(oldFiles) {}

        let closed = TLSProbe(url: "https://\(NginxServer.randomLoopbackAddress()):8443/").handshake(.tls1_0)
        XCTAssertFalse(closed.accepted)
        XCTAssertFalse(closed.refusedByServer, "a closed port is not a refused version")
    }

    func testARedirectKeepsThePathOnlyWhenTheConfigPassesItOn() throws {
        let server = try NginxServer(serverBlocks: """
            server { listen ADDRESS:8080; return 301 https://$host$request_uri; }
            server { listen ADDRESS:8081; return 301 https://$host/; }
            """)
        let client = CurlHTTPClient()
        let kept = try client.send(HTTPRequest(url: "http://localhost:8080/api/hello?x=1", connectAddress: server.address))
        XCTAssertEqual(kept.status, 301)
        XCTAssertEqual(kept.header("Location"), "https://localhost/api/hello?x=1")
        let dropped = try client.send(HTTPRequest(url: "http://localhost:8081/api/hello?x=1", connectAddress: server.address))
        XCTAssertEqual(dropped.header("Location"), "https://localhost/")
    }

    func testAReloadLosesNoRequestAndARestartDoes() throws {
        let server = try NginxServer(serverBlocks: "server { listen ADDRESS:8080; location / { return 200 ok; } }")
        let probe = LoadDuringAction(url: "http://\(server.address):8080/", settle: 0.5)
        let (reload, _) = probe.run { server.reload() }
        XCTAssertGreaterThan(reload.requests, 10)
        XCTAssertEqual(reload.failures, 0, reload.firstFailure ?? "")

        let (restart, restarted) = probe.run { () -> Bool in (try? server.restart()) != nil }
        XCTAssertTrue(restarted)
        XCTAssertGreaterThan(restart.failures, 0, "stopping nginx refuses connections until it is back")
    }

    private func logging(_ accessLog: String) throws -> NginxServer {
        try NginxServer(serverBlocks: """
            server { listen ADDRESS:8080; access_log \(accessLog); location / { return 404; } }
            """)
    }

    func testALogLineThatIsWrittenAtOnceIsSeenAndABufferedOneIsNot() throws {
        let direct = try logging("PREFIX/access.log")
        let read = { (server: NginxServer) in (try? String(contentsOfFile: server.prefix.path + "/access.log", encoding: .utf8)) ?? "" }
        let seen = LogLatencyProbe(baseURL: "http://\(direct.address):8080/api/", deadline: 3).run { read(direct) }
        XCTAssertNotNil(seen.latency, "the access log has the line at once")
        XCTAssertEqual(seen.request, "HTTP 404")

        let buffered = try logging("PREFIX/access.log combined buffer=64k flush=1m")
        let missed = LogLatencyProbe(baseURL: "http://\(buffered.address):8080/api/", deadline: 1).run { read(buffered) }
        XCTAssertNil(missed.latency, "a buffered log holds the line back")
        XCTAssertTrue(missed.marker.hasPrefix("berth-probe-"))
    }
}
