import Logging

/// Everything the service reads from its environment, checked once at start-up.
///
/// The service takes no flags and reads no files for configuration: a container is
/// configured through `environment:` in the compose file, so that is the only source.
public struct Settings: Sendable, Equatable {
    /// Where a backing service listens.
    public struct Endpoint: Sendable, Equatable {
        public var host: String
        public var port: Int
    }

    /// How to reach PostgreSQL.
    public struct Database: Sendable, Equatable {
        public var endpoint: Endpoint
        public var name: String
        public var user: String
        public var password: String?
    }

    /// The TCP port to listen on (`PORT`, default 5252).
    public var port: Int
    /// The name this replica answers with (`INSTANCE_ID`, default: the hostname).
    public var instanceID: String
    /// Redis, or nil when `REDIS_HOST` is not set.
    public var redis: Endpoint?
    /// PostgreSQL, or nil when `DB_HOST` is not set.
    public var database: Database?
    /// The origins allowed to call the API from a browser (`CORS_ALLOW_ORIGIN`,
    /// comma-separated, `*` for any); empty means no CORS headers at all.
    public var corsAllowedOrigins: [String]
    /// A folder of static files served at `/` (`STATIC_DIR`).
    public var staticDirectory: String?
    /// The least severe log level printed (`LOG_LEVEL`).
    public var logLevel: Logger.Level
    /// `APP_ENV`: development adds checks, a slow test route and verbose logs.
    public var environment: AppEnvironment
    /// `LOG_UNBUFFERED=1`: flush every log line at once, even into a pipe.
    public var unbufferedLogs: Bool

    public static let defaultPort = 5252
    public static let defaultRedisPort = 6379
    public static let defaultDatabasePort = 5432

    public init(
        port: Int = Settings.defaultPort,
        instanceID: String,
        redis: Endpoint? = nil,
        database: Database? = nil,
        corsAllowedOrigins: [String] = [],
        staticDirectory: String? = nil,
        logLevel: Logger.Level = .info,
        environment: AppEnvironment = .production,
        unbufferedLogs: Bool = false
    ) {
        self.port = port
        self.instanceID = instanceID
        self.redis = redis
        self.database = database
        self.corsAllowedOrigins = corsAllowedOrigins
        self.staticDirectory = staticDirectory
        self.logLevel = logLevel
        self.environment = environment
        self.unbufferedLogs = unbufferedLogs
    }
}

extension Settings {
    /// Reads and checks every setting; the first invalid one stops start-up.
    /// - Parameters:
    ///   - environment: the process environment (`ProcessInfo.processInfo.environment`).
    ///   - hostname: the default for `INSTANCE_ID`, as Docker sets it to the container id.
    public init(environment: [String: String], hostname: String) throws(SettingsError) {
        let reader = EnvironmentReader(values: environment)
        let appEnvironment = try reader.appEnvironment()
        self.init(
            port: try reader.port("PORT") ?? Settings.defaultPort,
            instanceID: reader.text("INSTANCE_ID") ?? hostname,
            redis: try reader.redis(),
            database: try reader.database(),
            corsAllowedOrigins: try reader.origins("CORS_ALLOW_ORIGIN"),
            staticDirectory: reader.text("STATIC_DIR"),
            // Development is verbose unless LOG_LEVEL says otherwise, like `python -X dev`.
            logLevel: try reader.logLevel("LOG_LEVEL") ?? (appEnvironment == .development ? .debug : .info),
            environment: appEnvironment,
            unbufferedLogs: try reader.flag("LOG_UNBUFFERED") ?? false
        )
    }
}
