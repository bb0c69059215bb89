/// Stub: replaced by the Dockerfile parser.
public struct Dockerfile: Sendable {}
