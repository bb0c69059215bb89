/// A `--name=value` option written before an instruction's arguments (`--from=build`, `--mount=…`).
public struct DockerfileFlag: Hashable, Sendable {
    /// The name without the leading dashes, as written (`chown`).
    public var name: String
    /// The value after `=`, or nil for a bare switch (`--link`).
    public var value: DockerfileWord?
    /// Where the flag's `--` starts.
    public var location: SourceLocation

    public init(name: String, value: DockerfileWord?, location: SourceLocation) {
        self.name = name
        self.value = value
        self.location = location
    }

    /// The value as Docker uses it (expanded), or nil for a bare switch.
    public var expandedValue: String? { value?.expanded }

    /// A bare switch is on; `--link=false` is off, any other value is on.
    public var isEnabled: Bool {
        guard let value = value?.expanded.lowercased() else { return true }
        return value != "false" && value != "0"
    }
}
