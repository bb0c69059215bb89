import NIOCore
import NIOPosix

/// One open TCP connection to Redis.
struct RedisConnection: Sendable {
    let channel: any Channel

    var isActive: Bool { channel.isActive }

    /// Opens a connection, giving up after `timeout`.
    static func connect(
        host: String, port: Int, timeout: Duration, group: any EventLoopGroup
    ) async throws(RedisError) -> RedisConnection {
        let bootstrap = ClientBootstrap(group: group)
            .connectTimeout(.nanoseconds(Int64(timeout.milliseconds) * 1_000_000))
            .channelOption(.socketOption(.so_keepalive), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(RedisChannelHandler())
                }
            }
        do {
            return RedisConnection(channel: try await bootstrap.connect(host: host, port: port).get())
        } catch {
            throw .connectFailed(host, port, error)
        }
    }

    /// Sends one command and waits for its reply. An error reply is thrown as `serverError`.
    func send(_ arguments: [String], timeout: Duration) async throws(RedisError) -> RESPValue {
        let promise = channel.eventLoop.makePromise(of: RESPValue.self)
        let request = RedisRequest(
            arguments: arguments, promise: promise,
            timeout: .nanoseconds(Int64(timeout.milliseconds) * 1_000_000)
        )
        channel.writeAndFlush(request).whenFailure { error in
            promise.fail(RedisError.connectFailedOrClosed(error))
        }
        let reply: RESPValue
        do {
            reply = try await promise.futureResult.get()
        } catch let error as RedisError {
            throw error
        } catch {
            throw .connectFailedOrClosed(error)
        }
        if case .error(let text) = reply { throw .serverError(text) }
        return reply
    }

    func close() async {
        try? await channel.close()
    }
}
