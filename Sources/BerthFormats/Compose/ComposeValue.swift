/// A value read from a compose file together with where it was written.
public struct ComposeValue<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension ComposeValue: Equatable where Value: Equatable {}
extension ComposeValue: Hashable where Value: Hashable {}
