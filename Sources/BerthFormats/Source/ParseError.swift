/// A problem found while reading or parsing a file: where, what kind, and what to do.
///
/// Parsers collect these rather than stopping at the first, so the rest of the file
/// is still modelled and checked. Warnings (an unknown compose key, say) do not make
/// the parse fail.
public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        case error, warning
    }

    /// What went wrong, as a stable machine-readable name.
    public struct Kind: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        public static let syntax = Kind(rawValue: "syntax")
        public static let unknownKey = Kind(rawValue: "unknown-key")
        public static let invalidValue = Kind(rawValue: "invalid-value")
        public static let tooLarge = Kind(rawValue: "too-large")
        public static let invalidEncoding = Kind(rawValue: "invalid-encoding")
        public static let unreadable = Kind(rawValue: "unreadable")
        public static let outsideRepository = Kind(rawValue: "outside-repository")
        public static let includeCycle = Kind(rawValue: "include-cycle")
        public static let aliasLimit = Kind(rawValue: "alias-limit")
        public static let interpolation = Kind(rawValue: "interpolation")
    }

    public var kind: Kind
    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ kind: Kind, at location: SourceLocation, _ message: String, severity: Severity = .error) {
        self.kind = kind
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `file:line:column: error: message`, the shape compilers and editors understand.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
