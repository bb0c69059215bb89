/// A parser directive at the very top of the file (`# syntax=docker/dockerfile:1`, `# escape=``).
public struct DockerfileDirective: Hashable, Sendable {
    /// The directive's name, lowercased (`syntax`, `escape`, `check`).
    public var name: String
    public var value: String
    public var location: SourceLocation

    public init(name: String, value: String, location: SourceLocation) {
        self.name = name
        self.value = value
        self.location = location
    }
}
