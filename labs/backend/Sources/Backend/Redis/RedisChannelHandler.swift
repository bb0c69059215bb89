import NIOCore

/// One command on its way to Redis and the promise its reply completes.
struct RedisRequest {
    var arguments: [String]
    var promise: EventLoopPromise<RESPValue>
    var timeout: TimeAmount
}

/// Sends commands and hands each reply to the command that asked for it.
///
/// Redis answers commands on a connection in the order it received them, so a queue of
/// promises is all the bookkeeping needed. Everything here runs on the channel's event loop.
final class RedisChannelHandler: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = RedisRequest
    typealias OutboundOut = ByteBuffer

    private struct Pending {
        var promise: EventLoopPromise<RESPValue>
        var timer: Scheduled<Void>
    }

    private var pending: [Pending] = []
    private var received: ByteBuffer?

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let request = unwrapOutboundIn(data)
        // A reply that never comes leaves every later reply unmatched, so a timeout closes the connection.
        let timer = context.eventLoop.assumeIsolated().scheduleTask(in: request.timeout) { [weak self] in
            guard let self else { return }
            self.failAll(.timeout(.nanoseconds(request.timeout.nanoseconds)), context: context)
        }
        pending.append(Pending(promise: request.promise, timer: timer))
        var buffer = context.channel.allocator.buffer(capacity: 64)
        RESPValue.encodeCommand(request.arguments, into: &buffer)
        context.write(wrapOutboundOut(buffer), promise: promise)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var incoming = unwrapInboundIn(data)
        if received == nil {
            received = incoming
        } else {
            received?.writeBuffer(&incoming)
        }
        guard var buffer = received else { return }
        do throws(RedisError) {
            while let value = try RESPParser.parse(&buffer) {
                guard !pending.isEmpty else {
                    throw RedisError.protocolViolation("a reply nobody asked for")
                }
                let first = pending.removeFirst()
                first.timer.cancel()
                first.promise.succeed(value)
            }
            buffer.discardReadBytes()
            received = buffer.readableBytes > 0 ? buffer : nil
        } catch {
            failAll(error, context: context)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        failAll(.connectionClosed, context: context)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        failAll(.connectFailedOrClosed(error), context: context)
    }

    private func failAll(_ error: RedisError, context: ChannelHandlerContext) {
        let failed = pending
        pending = []
        received = nil
        for request in failed {
            request.timer.cancel()
            request.promise.fail(error)
        }
        context.close(promise: nil)
    }
}

extension RedisError {
    /// An I/O error on an open connection: it is gone either way.
    static func connectFailedOrClosed(_ cause: any Error) -> RedisError {
        RedisError(kind: .connectionClosed, message: "the connection to Redis failed: \(cause)")
    }
}
