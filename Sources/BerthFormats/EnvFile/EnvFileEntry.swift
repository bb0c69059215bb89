/// One variable of an env file, with where its line and its value start.
public struct EnvFileEntry: Sendable, Equatable {
    public var name: String
    public var value: String
    /// The start of the line's name.
    public var location: SourceLocation
    /// The first character after `=` (where an empty value would be).
    public var valueLocation: SourceLocation

    public init(name: String, value: String, location: SourceLocation, valueLocation: SourceLocation) {
        self.name = name
        self.value = value
        self.location = location
        self.valueLocation = valueLocation
    }
}
