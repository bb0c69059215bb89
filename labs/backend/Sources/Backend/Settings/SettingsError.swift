/// A setting the service cannot start with. Printed as one line on standard error.
public struct SettingsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The environment variable at fault.
    public var variable: String
    /// What is wrong and what to set instead.
    public var message: String

    public init(variable: String, message: String) {
        self.variable = variable
        self.message = message
    }

    /// The environment has no file or line, so the program's name stands where a location would.
    public var description: String { "backend: error: \(message)" }
}
