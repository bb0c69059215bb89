/// A `#` comment line, kept for pragmas (`# hadolint ignore=…`) and for readers of the model.
public struct DockerfileComment: Hashable, Sendable {
    /// The text after `#`, trimmed.
    public var text: String
    /// Where the `#` is.
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}
