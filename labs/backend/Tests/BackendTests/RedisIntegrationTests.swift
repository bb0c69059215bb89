import Hummingbird
import HummingbirdTesting
import XCTest
@testable import Backend

/// `/api/hits` against a real redis-server that the tests start, kill and restart.
final class RedisIntegrationTests: XCTestCase {
    /// Patient enough to ride out a restart of a second or so, whatever the jitter draws.
    private let patient = RetryPolicy(attempts: 40, backoff: Backoff(base: .milliseconds(50), cap: .milliseconds(200)))

    private static func hits(_ client: any TestClientProtocol) async throws -> (status: HTTPResponse.Status, hits: Int?) {
        try await client.execute(uri: "/api/hits", method: .get) { response in
            (response.status, try? response.json()["hits"] as? Int)
        }
    }

    func testTheCounterIsSharedByReplicas() async throws {
        let redis = try RedisServer()
        let first = buildApplication(settings: .testing(redisPort: redis.port), logger: LogRecorder().logger)
        var secondSettings = Settings.testing(redisPort: redis.port)
        secondSettings.instanceID = "test-2"
        let second = buildApplication(settings: secondSettings, logger: LogRecorder().logger)
        try await first.test(.router) { one in
            try await second.test(.router) { two in
                let counts = [try await Self.hits(one).hits, try await Self.hits(two).hits, try await Self.hits(one).hits]
                XCTAssertEqual(counts, [1, 2, 3])
                try await two.execute(uri: "/api/hits", method: .get) { response in
                    XCTAssertEqual(try response.json()["instance"] as? String, "test-2")
                }
            }
        }
    }

    func testTheCounterRecoversThroughRetriesWhenRedisRestarts() async throws {
        let redis = try RedisServer()
        let recorder = LogRecorder()
        let app = buildApplication(settings: .testing(redisPort: redis.port), logger: recorder.logger, retry: patient)
        try await app.test(.router) { client in
            let before = [try await Self.hits(client).hits, try await Self.hits(client).hits]
            XCTAssertEqual(before, [1, 2])

            redis.kill()
            // Redis comes back while the next request is already retrying.
            let restart = Task.detached {
                try await Task.sleep(for: .milliseconds(400))
                try redis.start()
            }
            let result = try await Self.hits(client)
            try await restart.value
            XCTAssertEqual(result.status, .ok)
            XCTAssertEqual(result.hits, 1, "a fresh Redis without persistence starts counting again")
            let next = try await Self.hits(client).hits
            XCTAssertEqual(next, 2)
        }
        let retries = recorder.messages.filter { $0.contains("redis INCR hits failed (attempt") && $0.contains("retrying in") }
        XCTAssertFalse(retries.isEmpty, "each retry is logged: \(recorder.messages)")
        XCTAssertTrue(recorder.messages.contains { $0.contains("connected to Redis at 127.0.0.1:\(redis.port)") })
    }

    func testRedisDownAnswers503AfterTheRetriesThenRecovers() async throws {
        let redis = try RedisServer()
        let quick = RetryPolicy(attempts: 3, backoff: Backoff(base: .milliseconds(10), cap: .milliseconds(20)))
        let app = buildApplication(settings: .testing(redisPort: redis.port), logger: LogRecorder().logger, retry: quick)
        try await app.test(.router) { client in
            let first = try await Self.hits(client).hits
            XCTAssertEqual(first, 1)
            redis.kill()
            try await client.execute(uri: "/api/hits", method: .get) { response in
                XCTAssertEqual(response.status, .serviceUnavailable)
                let reason = try response.json()["reason"] as? String ?? ""
                XCTAssertTrue(reason.hasPrefix("cannot connect to Redis at 127.0.0.1:\(redis.port)"), reason)
                XCTAssertTrue(reason.hasSuffix("(after 3 tries); is the redis service running?"), reason)
            }
            try await client.execute(uri: "/healthz", method: .get) { response in
                XCTAssertEqual(response.status, .serviceUnavailable)
                let redisState = try response.json()["redis"] as? [String: Any]
                XCTAssertEqual(redisState?["state"] as? String, "down")
            }
            try redis.start()
            let after = try await Self.hits(client).hits
            XCTAssertEqual(after, 1, "reconnected without restarting the service")
        }
    }
}
