import Logging

/// How often to retry an operation on a flaky dependency, and how long to wait between tries.
public struct RetryPolicy: Sendable {
    /// The most tries in total, the first one included.
    public var attempts: Int
    public var backoff: Backoff

    public init(attempts: Int, backoff: Backoff) {
        self.attempts = max(1, attempts)
        self.backoff = backoff
    }

    /// Six tries over roughly two seconds at most: long enough to ride out a Redis restart,
    /// short enough that a client is answered before it gives up.
    public static let standard = RetryPolicy(
        attempts: 6, backoff: Backoff(base: .milliseconds(50), cap: .milliseconds(800))
    )

    /// Runs `operation`, retrying it while `isRetryable` says the error may pass, and logs
    /// each retry with the error and the wait. The last error is rethrown.
    /// - Parameters:
    ///   - name: what is being tried, for the log (`redis INCR hits`).
    ///   - sleep: waits; tests may pass one that records instead.
    public func run<Value: Sendable>(
        _ name: String,
        logger: Logger,
        isRetryable: (any Error) -> Bool,
        sleep: (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        operation: () async throws -> Value
    ) async throws -> Value {
        var generator = SystemRandomNumberGenerator()
        var attempt = 1
        while true {
            do {
                return try await operation()
            } catch {
                guard attempt < attempts, isRetryable(error), !Task.isCancelled else { throw error }
                let wait = backoff.delay(forRetry: attempt - 1, using: &generator)
                logger.warning("\(name) failed (attempt \(attempt) of \(attempts)): \(error); retrying in \(wait.milliseconds) ms")
                try await sleep(wait)
                attempt += 1
            }
        }
    }
}

extension Duration {
    /// Whole milliseconds, for log lines and response times.
    var milliseconds: Int64 {
        components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
    }
}
