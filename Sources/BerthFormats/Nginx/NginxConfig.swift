/// Stub: replaced by the Nginx parser.
public struct NginxConfig: Sendable {}
