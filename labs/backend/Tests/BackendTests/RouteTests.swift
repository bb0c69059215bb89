import Hummingbird
import HummingbirdTesting
import XCTest
@testable import Backend

/// The routes with no Redis and no PostgreSQL configured: what still works, and the
/// 503s that say what to set for the rest.
final class RouteTests: XCTestCase {
    private func withApp(_ settings: Settings = .testing(), _ test: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = buildApplication(settings: settings, logger: LogRecorder().logger)
        try await app.test(.router, test)
    }

    func testHelloNamesTheInstance() async throws {
        try await withApp { client in
            try await client.execute(uri: "/api/hello", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(response.headers[.contentType], "application/json; charset=utf-8")
                XCTAssertEqual(response.text, "{\"instance\":\"test-1\",\"message\":\"Hello, World!\"}\n")
            }
        }
    }

    func testInstanceOnBothPaths() async throws {
        try await withApp { client in
            for path in ["/instance", "/api/instance"] {
                try await client.execute(uri: path, method: .get) { response in
                    XCTAssertEqual(response.status, .ok, path)
                    XCTAssertEqual(response.text, "{\"instance\":\"test-1\"}\n", path)
                }
            }
        }
    }

    func testWhoamiReportsForwardingHeaders() async throws {
        try await withApp { client in
            let headers: HTTPFields = [
                .init("X-Real-IP")!: "203.0.113.7",
                .init("X-Forwarded-For")!: "203.0.113.7, 10.0.0.2",
                .init("X-Forwarded-Proto")!: "https",
            ]
            try await client.execute(uri: "/api/whoami", method: .get, headers: headers) { response in
                let json = try response.json()
                XCTAssertEqual(json["host"] as? String, "localhost")
                XCTAssertEqual(json["x_real_ip"] as? String, "203.0.113.7")
                XCTAssertEqual(json["x_forwarded_for"] as? String, "203.0.113.7, 10.0.0.2")
                XCTAssertEqual(json["x_forwarded_proto"] as? String, "https")
                XCTAssertEqual(json["instance"] as? String, "test-1")
            }
        }
    }

    func testWhoamiWritesMissingHeadersAsNull() async throws {
        try await withApp { client in
            try await client.execute(uri: "/api/whoami", method: .get) { response in
                XCTAssertTrue(response.text.contains("\"x_real_ip\":null"), response.text)
                XCTAssertTrue(response.text.contains("\"x_forwarded_proto\":null"), response.text)
            }
        }
    }

    func testFeaturesWithoutTheirDependencyAnswer503WithAReason() async throws {
        try await withApp { client in
            let requests: [(String, HTTPRequest.Method, String)] = [
                ("/api/hits", .get, "Redis is not configured; set REDIS_HOST"),
                ("/shorten", .post, "PostgreSQL is not configured; set DB_HOST"),
                ("/api/shorten", .post, "PostgreSQL is not configured; set DB_HOST"),
                ("/expand?url=abc123", .get, "PostgreSQL is not configured; set DB_HOST"),
                ("/api/expand?url=abc123", .get, "PostgreSQL is not configured; set DB_HOST"),
                ("/abc123", .get, "PostgreSQL is not configured; set DB_HOST"),
            ]
            for (uri, method, reason) in requests {
                let body = method == .post ? ByteBuffer(string: "{\"url\":\"https://example.com\"}") : nil
                try await client.execute(uri: uri, method: method, body: body) { response in
                    XCTAssertEqual(response.status, .serviceUnavailable, uri)
                    let json = try response.json()
                    XCTAssertEqual(json["error"] as? String, "service unavailable", uri)
                    XCTAssertTrue((json["reason"] as? String)?.hasPrefix(reason) ?? false, "\(uri): \(response.text)")
                }
            }
        }
    }

    func testBadRequestsAreRefusedBeforeTheDatabase() async throws {
        try await withApp { client in
            try await client.execute(uri: "/expand", method: .get) { response in
                XCTAssertEqual(response.status, .badRequest)
                XCTAssertTrue(try response.json()["reason"] as? String == "missing ?url=: pass the short link or its code, e.g. /expand?url=aZ3k9Qx")
            }
            try await client.execute(uri: "/expand?url=a.b", method: .get) { response in
                XCTAssertEqual(response.status, .badRequest)
            }
        }
    }

    func testHealthSaysWhatIsOff() async throws {
        try await withApp { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                XCTAssertEqual(response.status, .ok, "off is not a failure")
                XCTAssertEqual(response.text, """
                    {"instance":"test-1","postgres":{"reason":"DB_HOST is not set","state":"off"},\
                    "redis":{"reason":"REDIS_HOST is not set","state":"off"},"status":"ok"}

                    """)
            }
        }
    }

    func testUnknownPathsAre404JSON() async throws {
        try await withApp { client in
            try await client.execute(uri: "/style.css", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
                XCTAssertEqual(try response.json()["reason"] as? String, "no such page: /style.css")
            }
        }
    }

    func testSlowRouteOnlyInDevelopment() async throws {
        try await withApp { client in
            try await client.execute(uri: "/api/slow?seconds=0", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
            }
        }
        try await withApp(.testing(environment: .development)) { client in
            try await client.execute(uri: "/api/slow?seconds=0.1", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(try response.json()["slept"] as? Double, 0.1)
            }
            try await client.execute(uri: "/api/slow?seconds=60", method: .get) { response in
                XCTAssertEqual(response.status, .badRequest)
            }
        }
    }

    func testEachRequestIsLoggedWithItsStatus() async throws {
        let recorder = LogRecorder()
        let app = buildApplication(settings: .testing(), logger: recorder.logger)
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/hello", method: .get)
            try await client.execute(uri: "/api/hits", method: .get)
        }
        let lines = recorder.messages.filter { $0.hasPrefix("info GET") }
        XCTAssertEqual(lines.count, 2, "\(recorder.messages)")
        XCTAssertTrue(lines[0].hasPrefix("info GET /api/hello 200 "), lines[0])
        XCTAssertTrue(lines[1].hasPrefix("info GET /api/hits 503 "), lines[1])
    }
}
