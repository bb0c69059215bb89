import XCTest
@testable import Backend

final class RetryPolicyTests: XCTestCase {
    private struct Flaky: Error, CustomStringConvertible {
        var retryable: Bool
        var description: String { retryable ? "connection refused" : "wrong type" }
    }

    private final class Counter: @unchecked Sendable {
        var calls = 0
        var waits: [Duration] = []
    }

    private let policy = RetryPolicy(attempts: 4, backoff: Backoff(base: .milliseconds(100), cap: .seconds(1)))

    func testRetriesUntilTheOperationSucceedsAndLogsEachRetry() async throws {
        let recorder = LogRecorder()
        let counter = Counter()
        let value = try await policy.run("redis INCR hits", logger: recorder.logger, isRetryable: { _ in true },
                                         sleep: { counter.waits.append($0) }) {
            counter.calls += 1
            if counter.calls < 3 { throw Flaky(retryable: true) }
            return 42
        }
        XCTAssertEqual(value, 42)
        XCTAssertEqual(counter.calls, 3)
        XCTAssertEqual(counter.waits.count, 2)
        XCTAssertLessThanOrEqual(counter.waits[1], .milliseconds(200), "the second wait is at most base × 2")
        let retries = recorder.messages.filter { $0.contains("retrying in") }
        XCTAssertEqual(retries.count, 2)
        XCTAssertTrue(retries[0].hasPrefix("warning redis INCR hits failed (attempt 1 of 4): connection refused; retrying in "), retries[0])
    }

    func testGivesUpAfterTheLastAttemptWithTheLastError() async {
        let counter = Counter()
        do {
            _ = try await policy.run("x", logger: LogRecorder().logger, isRetryable: { _ in true }, sleep: { _ in }) {
                counter.calls += 1
                throw Flaky(retryable: true)
            } as Int
            XCTFail("expected the error")
        } catch {
            XCTAssertEqual("\(error)", "connection refused")
        }
        XCTAssertEqual(counter.calls, 4)
    }

    func testDoesNotRetryWhatCannotPass() async {
        let counter = Counter()
        do {
            _ = try await policy.run("x", logger: LogRecorder().logger, isRetryable: { ($0 as? Flaky)?.retryable ?? false },
                                     sleep: { _ in }) {
                counter.calls += 1
                throw Flaky(retryable: false)
            } as Int
            XCTFail("expected the error")
        } catch {
            XCTAssertEqual(counter.calls, 1)
        }
    }
}
