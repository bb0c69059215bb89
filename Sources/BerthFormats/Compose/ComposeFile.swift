/// Stub: replaced by the Compose parser.
public struct ComposeFile: Sendable {}
