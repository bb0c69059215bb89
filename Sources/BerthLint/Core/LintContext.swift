/// What the rules know about the repository beyond the file they are looking at.
///
/// nginx rules use the compose service names (is `proxy_pass http://backend` a service?),
/// compose rules use which services are proxies (then the others should not publish ports).
public struct LintContext: Sendable {
    /// Every service name declared by the repository's compose files.
    public var composeServices: Set<String>
    /// Compose services that run nginx as the single entry point.
    public var proxyServices: Set<String>

    public init(composeServices: Set<String> = [], proxyServices: Set<String> = []) {
        self.composeServices = composeServices
        self.proxyServices = proxyServices
    }
}
