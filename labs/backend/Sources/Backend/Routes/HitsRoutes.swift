import Hummingbird
import Logging

/// `GET /api/hits`: a counter in Redis that every replica increments, showing that
/// state shared between replicas must live outside them.
struct HitsRoutes {
    var instanceID: String
    var redis: RedisClient?
    var retry: RetryPolicy

    static let key = "hits"

    struct Hits: Encodable {
        var hits: Int64
        var instance: String
    }

    func add(to router: Router<BackendRequestContext>) {
        let route = self
        router.get("/api/hits") { _, context in
            JSONBody(Hits(hits: try await route.increment(logger: context.logger), instance: route.instanceID))
        }
    }

    /// Increments the counter, retrying while Redis is unreachable (a restart takes a moment).
    func increment(logger: Logger) async throws -> Int64 {
        guard let redis else {
            throw APIError.unavailable("Redis is not configured; set REDIS_HOST (and REDIS_PORT if not 6379) to turn the hit counter on")
        }
        do {
            return try await retry.run("redis INCR \(Self.key)", logger: logger, isRetryable: { error in
                (error as? RedisError)?.isRetryable ?? false
            }) {
                try await redis.increment(Self.key)
            }
        } catch let error as RedisError {
            throw APIError.unavailable("\(error) (after \(retry.attempts) tries); is the redis service running?")
        }
    }
}
