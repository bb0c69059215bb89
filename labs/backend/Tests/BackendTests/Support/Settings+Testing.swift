@testable import Backend

extension Settings {
    /// Settings for in-process tests: no dependencies unless given.
    static func testing(
        redisPort: Int? = nil, postgresPort: Int? = nil, cors: [String] = [], staticDirectory: String? = nil,
        environment: AppEnvironment = .production
    ) -> Settings {
        Settings(
            instanceID: "test-1",
            redis: redisPort.map { Endpoint(host: "127.0.0.1", port: $0) },
            database: postgresPort.map {
                Database(endpoint: Endpoint(host: "127.0.0.1", port: $0), name: PostgresServer.database,
                         user: PostgresServer.user, password: nil)
            },
            corsAllowedOrigins: cors,
            staticDirectory: staticDirectory,
            environment: environment
        )
    }
}
