import XCTest
@testable import Backend

final class BackoffTests: XCTestCase {
    /// A generator that always returns the largest value, so the jitter picks the ceiling.
    private struct Largest: RandomNumberGenerator {
        mutating func next() -> UInt64 { .max }
    }

    func testCeilingDoublesUpToTheCap() {
        let backoff = Backoff(base: .milliseconds(100), cap: .milliseconds(1000))
        let ceilings = (0..<6).map { backoff.ceiling(forRetry: $0) }
        XCTAssertEqual(ceilings, [.milliseconds(100), .milliseconds(200), .milliseconds(400),
                                  .milliseconds(800), .milliseconds(1000), .milliseconds(1000)])
        XCTAssertEqual(backoff.ceiling(forRetry: 10_000), .milliseconds(1000), "no overflow for huge retry counts")
    }

    func testDelaysStayWithinZeroAndTheCeiling() {
        let backoff = Backoff(base: .milliseconds(50), cap: .milliseconds(800))
        var generator = SystemRandomNumberGenerator()
        for retry in 0..<8 {
            for _ in 0..<50 {
                let delay = backoff.delay(forRetry: retry, using: &generator)
                XCTAssertGreaterThanOrEqual(delay, .zero)
                XCTAssertLessThanOrEqual(delay, backoff.ceiling(forRetry: retry))
            }
        }
    }

    func testFullJitterSpreadsTheDelays() {
        let backoff = Backoff(base: .milliseconds(500), cap: .seconds(5))
        var generator = SystemRandomNumberGenerator()
        let delays = Set((0..<20).map { _ in backoff.delay(forRetry: 3, using: &generator) })
        XCTAssertGreaterThan(delays.count, 10, "replicas must not all wait the same time")
    }

    func testTheLargestDrawIsTheCeiling() {
        var generator = Largest()
        let backoff = Backoff(base: .milliseconds(10), cap: .milliseconds(35))
        XCTAssertEqual(backoff.delay(forRetry: 2, using: &generator), .milliseconds(35))
    }
}
