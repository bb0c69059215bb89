import Hummingbird
import NIOCore

/// The per-request context: Hummingbird's core storage plus the peer's address, which
/// `/api/whoami` reports (behind a proxy it is the proxy's address, not the browser's).
public struct BackendRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
    }
}
