import Logging
import PostgresNIO

/// The URL shortener: links live in PostgreSQL and are cached in Redis.
///
/// Redis only speeds up `expand`; when it is down the shortener still works from
/// PostgreSQL. When PostgreSQL is down or not configured every call answers 503.
public struct Shortener: Sendable {
    let store: LinkStore?
    let cache: RedisClient?
    let database: Settings.Database?
    let logger: Logger
    /// How long a request waits for PostgreSQL before answering 503.
    let deadline: Duration

    static let cacheLifetimeSeconds = 24 * 60 * 60
    static let codeAttempts = 5

    init(postgres: PostgresClient?, database: Settings.Database?, cache: RedisClient?, logger: Logger, deadline: Duration = .seconds(3)) {
        self.store = postgres.map { LinkStore(client: $0, logger: logger) }
        self.database = database
        self.cache = cache
        self.logger = logger
        self.deadline = deadline
    }

    /// Stores `url` (or finds it already stored) and returns its code.
    func shorten(_ url: LongURL) async throws -> ShortCode {
        let store = try available()
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<Self.codeAttempts {
            let candidate = ShortCode.random(using: &generator)
            do {
                let code = try await database { try await store.code(for: url, candidate: candidate) }
                await remember(code, url.value)
                return code
            } catch let error as PSQLError where error.serverInfo?[.sqlState] == "23505" {
                // Another link already has this random code: draw again.
                logger.debug("short code \(candidate) is taken; drawing another")
            }
        }
        throw APIError(.internalServerError, reason: "no free short code after \(Self.codeAttempts) tries")
    }

    /// The URL behind `code`, from the cache when it has it.
    func expand(_ code: ShortCode) async throws -> String {
        let store = try available()
        if let cache {
            do {
                if let url = try await cache.get(Self.cacheKey(code)) { return url }
            } catch {
                logger.warning("link cache read failed, reading PostgreSQL instead: \(error)")
            }
        }
        guard let url = try await database({ try await store.url(for: code) }) else {
            throw APIError.notFound("no short link \(code); create one with POST /shorten {\"url\": \"…\"}")
        }
        await remember(code, url)
        return url
    }

    /// `nil` when PostgreSQL answers and holds the table, else why not.
    func problem() async -> String? {
        guard let store = store else { return Self.notConfigured }
        do {
            try await database { try await store.check() }
            return nil
        } catch {
            return (error as? APIError)?.reason ?? "\(error)"
        }
    }

    static let notConfigured = "PostgreSQL is not configured; set DB_HOST, DB_NAME, DB_USER and DB_PASS"

    static func cacheKey(_ code: ShortCode) -> String { "link:\(code.value)" }

    private func available() throws(APIError) -> LinkStore {
        guard let store else { throw .unavailable(Self.notConfigured) }
        return store
    }

    private func remember(_ code: ShortCode, _ url: String) async {
        do {
            try await cache?.set(Self.cacheKey(code), to: url, expiringAfter: Self.cacheLifetimeSeconds)
        } catch {
            logger.warning("link cache write failed: \(error)")
        }
    }

    /// Runs a PostgreSQL call under the deadline and turns failures into 503s that say why.
    private func database<Value: Sendable>(_ call: @escaping @Sendable () async throws -> Value) async throws -> Value {
        do {
            return try await withDeadline(deadline, call)
        } catch let error as PSQLError where error.serverInfo?[.sqlState] == "23505" {
            throw error
        } catch let error as PSQLError {
            throw APIError.unavailable(reason(for: error))
        } catch let error as DeadlineExceeded {
            throw APIError.unavailable("PostgreSQL at \(address) gave \(error); is the db service running and healthy?")
        }
    }

    private var address: String {
        database.map { "\($0.endpoint.host):\($0.endpoint.port)" } ?? "?"
    }

    private func reason(for error: PSQLError) -> String {
        if error.serverInfo?[.sqlState] == "42P01" { return LinkStore.missingTable }
        if let message = error.serverInfo?[.message] {
            return "PostgreSQL at \(address) refused: \(message)"
        }
        return "PostgreSQL at \(address) is not reachable (\(error.code)); is the db service running and healthy?"
    }
}
