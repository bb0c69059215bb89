import Hummingbird
import Logging
import PostgresNIO

/// Builds the whole service from its settings: dependencies, routes and middleware.
/// - Parameters:
///   - settings: from `Settings(environment:hostname:)`.
///   - logger: where requests and dependency events are logged.
///   - retry: how `/api/hits` retries Redis; tests pass a quicker one.
public func buildApplication(
    settings: Settings, logger: Logger, retry: RetryPolicy = .standard
) -> some ApplicationProtocol {
    let redis = settings.redis.map { RedisClient(endpoint: $0, logger: logger) }
    let postgres = settings.database.map { PostgresClient(configuration: .backend($0), backgroundLogger: logger) }
    let shortener = Shortener(postgres: postgres, database: settings.database, cache: redis, logger: logger)

    let router = Router(context: BackendRequestContext.self)
    router.add(middleware: RequestLogMiddleware(logger: logger))
    if !settings.corsAllowedOrigins.isEmpty {
        router.add(middleware: CORSMiddleware(origins: settings.corsAllowedOrigins))
    }
    if let folder = settings.staticDirectory {
        // Runs the routes first and serves a file only where they answer 404, so `/` and
        // `/app.js` come from the folder while `/{code}` still finds short links.
        router.add(middleware: FileMiddleware(folder, searchForIndexHtml: true, logger: logger))
    }
    HelloRoutes(instanceID: settings.instanceID).add(to: router)
    WhoamiRoutes(instanceID: settings.instanceID).add(to: router)
    HitsRoutes(instanceID: settings.instanceID, redis: redis, retry: retry).add(to: router)
    HealthRoutes(instanceID: settings.instanceID, redis: redis, shortener: shortener).add(to: router)
    if settings.environment == .development {
        SlowRoutes(instanceID: settings.instanceID).add(to: router)
    }
    ShortenerRoutes(shortener: shortener).add(to: router)

    var app = Application(
        router: router,
        configuration: .init(address: .hostname("0.0.0.0", port: settings.port), serverName: nil),
        logger: logger
    )
    // Services stop in reverse order, so the server (added by Hummingbird last) drains
    // its requests before the clients they use are closed.
    if let postgres { app.addServices(postgres) }
    if let redis { app.addServices(redis) }
    return app
}

extension PostgresClient.Configuration {
    static func backend(_ database: Settings.Database) -> Self {
        var configuration = PostgresClient.Configuration(
            host: database.endpoint.host, port: database.endpoint.port,
            username: database.user, password: database.password, database: database.name,
            // The db service in a compose network speaks plain TCP.
            tls: .disable
        )
        configuration.options.connectTimeout = .seconds(2)
        configuration.options.maximumConnections = 10
        return configuration
    }
}
