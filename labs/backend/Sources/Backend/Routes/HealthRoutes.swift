import Hummingbird

/// `GET /healthz`: the state of each dependency, for a compose `healthcheck:` and for you.
///
/// It answers 200 while every configured dependency is up and 503 when one is down.
/// A dependency that is not configured is `off`, which is not a failure: the service
/// then runs with those features turned off.
struct HealthRoutes {
    var instanceID: String
    var redis: RedisClient?
    var shortener: Shortener

    struct Dependency: Encodable, Equatable {
        enum State: String, Encodable { case up, down, off }
        var state: State
        var reason: String?
    }

    struct Health: Encodable {
        var status: String
        var instance: String
        var redis: Dependency
        var postgres: Dependency
    }

    func add(to router: Router<BackendRequestContext>) {
        let route = self
        router.get("/healthz") { _, _ in
            let health = await route.check()
            return try JSONBody(health).response(status: health.status == "ok" ? .ok : .serviceUnavailable)
        }
    }

    func check() async -> Health {
        async let redisState = redisDependency()
        async let postgresState = postgresDependency()
        let dependencies = await (redisState, postgresState)
        let down = dependencies.0.state == .down || dependencies.1.state == .down
        return Health(status: down ? "degraded" : "ok", instance: instanceID, redis: dependencies.0, postgres: dependencies.1)
    }

    private func redisDependency() async -> Dependency {
        guard let redis else { return Dependency(state: .off, reason: "REDIS_HOST is not set") }
        do {
            try await redis.ping()
            return Dependency(state: .up)
        } catch {
            return Dependency(state: .down, reason: "\(error)")
        }
    }

    private func postgresDependency() async -> Dependency {
        guard shortener.store != nil else { return Dependency(state: .off, reason: "DB_HOST is not set") }
        guard let problem = await shortener.problem() else { return Dependency(state: .up) }
        return Dependency(state: .down, reason: problem)
    }
}
