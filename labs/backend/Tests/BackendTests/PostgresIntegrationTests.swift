import Hummingbird
import HummingbirdTesting
import XCTest
@testable import Backend

/// The shortener against a real PostgreSQL 15 (and Redis as its cache) that the tests
/// start and stop. One cluster serves the whole class: creating one takes seconds.
final class PostgresIntegrationTests: XCTestCase {
    nonisolated(unsafe) private static var server: PostgresServer?
    nonisolated(unsafe) private static var setupError: (any Error)?

    override class func setUp() {
        do {
            let server = try PostgresServer()
            try server.applySchema()
            self.server = server
        } catch {
            setupError = error
        }
    }

    override class func tearDown() {
        server = nil
    }

    private func postgres() throws -> PostgresServer {
        if let error = Self.setupError { throw error }
        return try XCTUnwrap(Self.server)
    }

    private static func shorten(_ url: String, _ client: any TestClientProtocol, path: String = "/shorten") async throws -> TestResponse {
        try await client.execute(uri: path, method: .post, headers: [.contentType: "application/json"],
                                 body: ByteBuffer(string: "{\"url\": \"\(url)\"}"))
    }

    func testShortenExpandAndRedirect() async throws {
        let postgres = try postgres()
        let app = buildApplication(settings: .testing(postgresPort: postgres.port), logger: LogRecorder().logger)
        try await app.test(.router) { client in
            let created = try await Self.shorten("https://example.com/some/page?x=1", client)
            XCTAssertEqual(created.status, .ok, created.text)
            let json = try created.json()
            let code = try XCTUnwrap(json["code"] as? String)
            XCTAssertEqual(json["short_url"] as? String, "http://localhost/\(code)")

            let again = try await Self.shorten("https://example.com/some/page?x=1", client)
            XCTAssertEqual(try again.json()["code"] as? String, code, "the same URL keeps its code")
            let twin = try await Self.shorten("https://example.com/some/page?x=1", client, path: "/api/shorten")
            XCTAssertEqual(try twin.json()["code"] as? String, code, "/api/shorten is the same route")

            try await client.execute(uri: "/expand?url=http://localhost/\(code)", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                XCTAssertEqual(try response.json()["long_url"] as? String, "https://example.com/some/page?x=1")
            }
            try await client.execute(uri: "/\(code)", method: .get) { response in
                XCTAssertEqual(response.status, .found)
                XCTAssertEqual(response.headers[.location], "https://example.com/some/page?x=1")
            }
            try await client.execute(uri: "/zzzzzzz", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
                XCTAssertTrue(response.text.contains("no short link zzzzzzz"), response.text)
            }
        }
        XCTAssertEqual(try postgres.psql("SELECT count(*) FROM links WHERE long_url = 'https://example.com/some/page?x=1'"), "1\n")
    }

    func testBadJSONAndInvalidURLsAre400() async throws {
        let postgres = try postgres()
        let app = buildApplication(settings: .testing(postgresPort: postgres.port), logger: LogRecorder().logger)
        try await app.test(.router) { client in
            let cases: [(String, String)] = [
                ("{\"url\": ", "the body is not a JSON object"),
                ("[1, 2]", "the body is not a JSON object"),
                ("{\"link\": \"https://a.example\"}", "the JSON has no \"url\" field"),
                ("{\"url\": \"ftp://a.example\"}", "\"url\" must start with http:// or https://"),
            ]
            for (body, reason) in cases {
                try await client.execute(uri: "/shorten", method: .post, body: ByteBuffer(string: body)) { response in
                    XCTAssertEqual(response.status, .badRequest, body)
                    XCTAssertTrue((try response.json()["reason"] as? String)?.hasPrefix(reason) ?? false, response.text)
                }
            }
        }
    }

    func testLinksAreCachedInRedis() async throws {
        let postgres = try postgres()
        let redis = try RedisServer()
        let app = buildApplication(settings: .testing(redisPort: redis.port, postgresPort: postgres.port), logger: LogRecorder().logger)
        let cache = RedisClient(endpoint: .init(host: "127.0.0.1", port: redis.port), logger: LogRecorder().logger)
        try await app.test(.router) { client in
            let created = try await Self.shorten("https://cached.example/", client)
            let code = try XCTUnwrap(created.json()["code"] as? String)
            let cached = try await cache.get("link:\(code)")
            XCTAssertEqual(cached, "https://cached.example/")
            // A value only the cache holds proves that expand reads the cache first.
            try await cache.set("link:\(code)", to: "https://from-cache.example/", expiringAfter: 60)
            try await client.execute(uri: "/expand?url=\(code)", method: .get) { response in
                XCTAssertEqual(try response.json()["long_url"] as? String, "https://from-cache.example/")
            }
        }
    }

    func testPostgresStoppedAnswers503ThenRecovers() async throws {
        let postgres = try postgres()
        let app = buildApplication(settings: .testing(postgresPort: postgres.port), logger: LogRecorder().logger)
        try await app.test(.router) { client in
            let before = try await Self.shorten("https://before.example/", client)
            XCTAssertEqual(before.status, .ok)
            postgres.stop()
            defer { try? postgres.start() }

            let clock = ContinuousClock()
            let started = clock.now
            let failed = try await Self.shorten("https://during.example/", client)
            XCTAssertEqual(failed.status, .serviceUnavailable, failed.text)
            XCTAssertLessThan(clock.now - started, .seconds(6), "a 503 comes quickly, not after the pool gives up")
            let reason = try failed.json()["reason"] as? String ?? ""
            XCTAssertTrue(reason.hasPrefix("PostgreSQL at 127.0.0.1:\(postgres.port)"), reason)
            try await client.execute(uri: "/healthz", method: .get) { response in
                XCTAssertEqual(response.status, .serviceUnavailable)
                XCTAssertEqual((try response.json()["postgres"] as? [String: Any])?["state"] as? String, "down")
            }
            try await client.execute(uri: "/api/hello", method: .get) { response in
                XCTAssertEqual(response.status, .ok, "the rest of the service is unaffected")
            }

            try postgres.start()
            var status = HTTPResponse.Status.serviceUnavailable
            for _ in 0..<40 where status != .ok {
                status = try await Self.shorten("https://after.example/", client).status
                if status != .ok { try await Task.sleep(for: .milliseconds(500)) }
            }
            XCTAssertEqual(status, .ok, "the pool reconnects once PostgreSQL is back")
        }
    }

    func testAMissingTableSaysToRunInitSQL() async throws {
        let postgres = try postgres()
        try postgres.psql(database: "postgres", "DROP DATABASE IF EXISTS empty; CREATE DATABASE empty;")
        var settings = Settings.testing(postgresPort: postgres.port)
        settings.database?.name = "empty"
        let app = buildApplication(settings: settings, logger: LogRecorder().logger)
        try await app.test(.router) { client in
            let response = try await Self.shorten("https://a.example/", client)
            XCTAssertEqual(response.status, .serviceUnavailable)
            XCTAssertTrue((try response.json()["reason"] as? String)?.contains("run db/init.sql") ?? false, response.text)
            try await client.execute(uri: "/healthz", method: .get) { response in
                XCTAssertTrue(response.text.contains("has no table"), response.text)
            }
        }
    }
}
