/// Exponential backoff with a cap and full jitter.
///
/// Before retry `n` (0-based) the wait is a random duration between zero and
/// `min(cap, base × 2ⁿ)`. The randomness ("full jitter") keeps replicas that failed at
/// the same moment from all retrying at the same moment and knocking the dependency
/// over again as it comes back.
public struct Backoff: Sendable, Equatable {
    /// The upper bound of the first wait.
    public var base: Duration
    /// No wait is longer than this.
    public var cap: Duration

    public init(base: Duration, cap: Duration) {
        self.base = base
        self.cap = max(base, cap)
    }

    /// The longest wait before retry `retry` (0-based): `min(cap, base × 2^retry)`.
    public func ceiling(forRetry retry: Int) -> Duration {
        // Doubling past the cap only risks overflow, so stop as soon as it is reached.
        var ceiling = base
        for _ in 0..<max(0, retry) {
            ceiling = ceiling * 2
            if ceiling >= cap { return cap }
        }
        return min(ceiling, cap)
    }

    /// A random wait in `0 ... ceiling(forRetry:)`.
    public func delay(forRetry retry: Int, using generator: inout some RandomNumberGenerator) -> Duration {
        let ceiling = ceiling(forRetry: retry)
        let nanoseconds = ceiling.components.seconds * 1_000_000_000 + ceiling.components.attoseconds / 1_000_000_000
        return .nanoseconds(Int64.random(in: 0...max(0, nanoseconds), using: &generator))
    }
}
