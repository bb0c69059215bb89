import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle

/// A Redis client that keeps one connection and opens a new one whenever the old one is
/// gone, so a Redis that restarts is used again without restarting this service.
///
/// Commands share the connection and are pipelined; a command that fails because the
/// connection broke is not retried here: callers decide with a `RetryPolicy`.
public actor RedisClient: Service {
    public nonisolated let endpoint: Settings.Endpoint
    private let group: any EventLoopGroup
    private let logger: Logger
    private let connectTimeout: Duration
    private let commandTimeout: Duration
    private var connection: RedisConnection?
    private var connecting: Task<RedisConnection, any Error>?

    public init(
        endpoint: Settings.Endpoint,
        logger: Logger,
        connectTimeout: Duration = .seconds(1),
        commandTimeout: Duration = .seconds(2),
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) {
        self.endpoint = endpoint
        self.logger = logger
        self.connectTimeout = connectTimeout
        self.commandTimeout = commandTimeout
        self.group = group
    }

    /// Sends a command such as `["INCR", "hits"]` and returns the reply.
    public func send(_ arguments: [String]) async throws(RedisError) -> RESPValue {
        let connection = try await currentConnection()
        do {
            return try await connection.send(arguments, timeout: commandTimeout)
        } catch {
            if error.breaksConnection { drop(connection) }
            throw error
        }
    }

    /// Closes the connection when the service shuts down.
    public func run() async throws {
        try? await gracefulShutdown()
        connecting?.cancel()
        await connection?.close()
        connection = nil
    }

    private func currentConnection() async throws(RedisError) -> RedisConnection {
        if let connection, connection.isActive { return connection }
        connection = nil
        // Concurrent callers wait for the same attempt rather than each opening a connection.
        let attempt: Task<RedisConnection, any Error>
        if let connecting {
            attempt = connecting
        } else {
            let endpoint = endpoint, timeout = connectTimeout, group = group, logger = logger
            attempt = Task {
                let connection = try await RedisConnection.connect(
                    host: endpoint.host, port: endpoint.port, timeout: timeout, group: group
                )
                logger.info("connected to Redis at \(endpoint.host):\(endpoint.port)")
                return connection
            }
            connecting = attempt
        }
        do {
            let connection = try await attempt.value
            if connecting == attempt { connecting = nil }
            self.connection = connection
            return connection
        } catch {
            if connecting == attempt { connecting = nil }
            throw error as? RedisError ?? .connectFailed(endpoint.host, endpoint.port, error)
        }
    }

    private func drop(_ broken: RedisConnection) {
        guard let connection, connection.channel === broken.channel else { return }
        self.connection = nil
        broken.channel.close(promise: nil)
    }
}

extension RedisClient {
    /// `INCR key`: adds one and returns the new value.
    public func increment(_ key: String) async throws(RedisError) -> Int64 {
        let reply = try await send(["INCR", key])
        guard case .integer(let value) = reply else { throw .unexpectedReply("INCR", reply) }
        return value
    }

    /// `GET key`, nil when the key is missing.
    public func get(_ key: String) async throws(RedisError) -> String? {
        let reply = try await send(["GET", key])
        switch reply {
        case .bulkString(let value), .simpleString(let value): return value
        case .null: return nil
        default: throw .unexpectedReply("GET", reply)
        }
    }

    /// `SET key value EX seconds`.
    public func set(_ key: String, to value: String, expiringAfter seconds: Int) async throws(RedisError) {
        _ = try await send(["SET", key, value, "EX", String(seconds)])
    }

    /// `PING`, for health checks.
    public func ping() async throws(RedisError) {
        let reply = try await send(["PING"])
        guard reply == .simpleString("PONG") else { throw .unexpectedReply("PING", reply) }
    }
}
