// stdio's streams are C globals; Swift 6 cannot prove them safe, and stdio locks them itself.
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Musl)
@preconcurrency import Musl
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import Logging
import ServiceLifecycle

/// The service from start to stop: read the settings, set up logging, serve until
/// SIGTERM or SIGINT, then let in-flight requests finish.
public struct BackendCommand: Sendable {
    public var environment: [String: String]

    /// Docker stops a container with SIGTERM and kills it 10 seconds later; draining
    /// must finish before then, with a second to spare for cancelling what is left.
    static let drainLimit: Duration = .seconds(8)
    static let cancelLimit: Duration = .seconds(1)

    public init(environment: [String: String]) {
        self.environment = environment
    }

    /// Runs the service and returns the process's exit status: 0 after a clean stop,
    /// 2 for an invalid setting (one line on standard error), 1 when serving failed.
    public func run() async -> Int32 {
        let settings: Settings
        do {
            settings = try Settings(environment: environment, hostname: Self.hostname())
        } catch {
            fputs("\(error)\n", stderr)
            return 2
        }
        let output = LogOutput(unbuffered: settings.unbufferedLogs)
        output.apply()
        let logger = Logger.backend(settings: settings, output: output)
        logger.info("starting \(settings.summary), logs \(output.buffering)-buffered")
        if settings.environment == .development {
            for warning in settings.developmentWarnings() { logger.warning("check: \(warning)") }
        }

        var configuration = ServiceGroupConfiguration(
            services: [buildApplication(settings: settings, logger: logger)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger
        )
        configuration.maximumGracefulShutdownDuration = Self.drainLimit
        configuration.maximumCancellationDuration = Self.cancelLimit
        do {
            try await ServiceGroup(configuration: configuration).run()
            logger.info("stopped")
            return 0
        } catch {
            logger.critical("stopped: \(error)")
            return 1
        }
    }

    /// The container's hostname, which Docker sets to the short container id.
    static func hostname() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return "backend" }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return name.isEmpty ? "backend" : name
    }
}

extension Settings {
    /// One line saying what is on: `instance web-1 on port 5252, APP_ENV=production, redis redis:6379, postgres off`.
    var summary: String {
        let redisText = redis.map { "redis \($0.host):\($0.port)" } ?? "redis off"
        let postgresText = database.map { "postgres \($0.endpoint.host):\($0.endpoint.port)/\($0.name)" } ?? "postgres off"
        let corsText = corsAllowedOrigins.isEmpty ? "CORS off" : "CORS \(corsAllowedOrigins.joined(separator: ","))"
        let staticText = staticDirectory.map { "static files from \($0)" } ?? "no static files"
        return "instance \(instanceID) on port \(port), APP_ENV=\(environment.rawValue), \(redisText), \(postgresText), \(corsText), \(staticText)"
    }
}
