import BerthLive
import BerthTestSupport
import Foundation
import XCTest

/// The persistence probe against real Redis and PostgreSQL processes: data kept as the
/// stack's settings keep it survives a restart, data kept the way students get wrong does not.
final class PersistenceProbeTests: XCTestCase {
    private func counter(in redis: RedisServer) -> PersistenceProbe<Int> {
        PersistenceProbe(attempts: 10, pause: 0.2, read: { redis.command("INCR", "hits").flatMap { Int($0) } },
                         survived: { before, after in after > before })
    }

    func testARedisThatSavesKeepsTheCounterAcrossARestart() throws {
        try XCTSkipUnless(RedisServer.isAvailable, "Redis is not installed (apt-get install redis-server)")
        let redis = try RedisServer()
        let probe = counter(in: redis)
        for _ in 0..<4 { _ = probe.read() }
        let before = try XCTUnwrap(probe.read())
        XCTAssertEqual(before, 5)
        let outcome = probe.run(before: before) {
            redis.stop()
            return (try? redis.start()) == nil ? "Redis did not start again" : nil
        }
        guard case .kept(let after) = outcome else { return XCTFail("expected the counter kept, got \(outcome)") }
        XCTAssertEqual(after, 6)
    }

    func testARedisWithSavingTurnedOffStartsTheCounterOver() throws {
        try XCTSkipUnless(RedisServer.isAvailable, "Redis is not installed (apt-get install redis-server)")
        let redis = try RedisServer(settings: ["--save", ""])
        let probe = counter(in: redis)
        for _ in 0..<4 { _ = probe.read() }
        let before = try XCTUnwrap(probe.read())
        let outcome = probe.run(before: before) {
            redis.stop()
            return (try? redis.start()) == nil ? "Redis did not start again" : nil
        }
        guard case .changed(let after) = outcome else { return XCTFail("expected the counter lost, got \(outcome)") }
        XCTAssertEqual(after, 1)
    }

    /// The service comes back a moment after the disruption ends, as a container's does.
    func testTheProbeWaitsForAStoreThatIsStillRestartingAndGivesUpOnOneThatNeverReturns() throws {
        try XCTSkipUnless(RedisServer.isAvailable, "Redis is not installed (apt-get install redis-server)")
        let redis = try RedisServer()
        let probe = counter(in: redis)
        let before = try XCTUnwrap(probe.read())
        let outcome = probe.run(before: before) {
            redis.stop()
            return (try? redis.start(after: 0.6)) == nil ? "Redis did not start again" : nil
        }
        guard case .kept = outcome else { return XCTFail("expected the counter kept after retries, got \(outcome)") }

        let gone = probe.run(before: before) { redis.stop(); return nil }
        guard case .unreadable = gone else { return XCTFail("expected nothing readable, got \(gone)") }
        let failed = probe.run(before: before) { "the restart failed: exit 1" }
        guard case .notDisrupted(let reason) = failed else { return XCTFail("expected the disruption's failure, got \(failed)") }
        XCTAssertEqual(reason, "the restart failed: exit 1")
    }

    private func link(in postgres: PostgresServer) throws -> PersistenceProbe<String> {
        XCTAssertNotNil(postgres.query("CREATE TABLE links (code text PRIMARY KEY, long_url text NOT NULL)"))
        XCTAssertNotNil(postgres.query("INSERT INTO links VALUES ('FgF34fv', 'https://example.com/a')"))
        return PersistenceProbe(attempts: 10, pause: 0.2,
                                read: { postgres.query("SELECT long_url FROM links WHERE code = 'FgF34fv'") },
                                survived: { before, after in before == after })
    }

    func testAPostgresClusterThatIsKeptStillHasTheLinkAfterARestart() throws {
        try XCTSkipUnless(PostgresServer.isAvailable, "PostgreSQL is not installed (apt-get install postgresql-15)")
        let postgres = try PostgresServer()
        let probe = try link(in: postgres)
        XCTAssertEqual(probe.read(), "https://example.com/a")
        let outcome = probe.run(before: "https://example.com/a") {
            (try? postgres.restart()) == nil ? "PostgreSQL did not start again" : nil
        }
        guard case .kept(let after) = outcome else { return XCTFail("expected the link kept, got \(outcome)") }
        XCTAssertEqual(after, "https://example.com/a")
    }

    func testAPostgresClusterThatIsNotKeptHasLostTheLink() throws {
        try XCTSkipUnless(PostgresServer.isAvailable, "PostgreSQL is not installed (apt-get install postgresql-15)")
        let postgres = try PostgresServer()
        let probe = try link(in: postgres)
        let outcome = probe.run(before: "https://example.com/a") {
            (try? postgres.replaceWithEmptyCluster()) == nil ? "PostgreSQL did not start again" : nil
        }
        guard case .unreadable = outcome else { return XCTFail("expected the link lost, got \(outcome)") }
        XCTAssertNil(postgres.query("SELECT 1 FROM links"), "the new cluster has no links table")
        XCTAssertEqual(postgres.query("SELECT 1"), "1", "the new cluster answers")
    }
}
