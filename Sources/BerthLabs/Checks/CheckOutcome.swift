import BerthFormats

/// What one check found: pass or fail, the place it looked at, what it expected and what
/// it found there, in words a student can act on.
public struct CheckOutcome: Sendable, Equatable {
    public enum Status: String, Sendable {
        case pass, fail, skipped, error
    }

    public var status: Status
    /// The file, line and column the check looked at (the file alone, at 1:1, when it is missing).
    public var location: SourceLocation?
    public var expected: String
    public var found: String

    public init(_ status: Status, at location: SourceLocation?, expected: String, found: String) {
        self.status = status
        self.location = location
        self.expected = expected
        self.found = found
    }

    public static func pass(at location: SourceLocation?, expected: String, found: String) -> CheckOutcome {
        CheckOutcome(.pass, at: location, expected: expected, found: found)
    }

    public static func fail(at location: SourceLocation?, expected: String, found: String) -> CheckOutcome {
        CheckOutcome(.fail, at: location, expected: expected, found: found)
    }

    /// A file the check needs could not be read or parsed: the student sees the parser's words.
    public static func unreadable(_ error: ParseError, expected: String) -> CheckOutcome {
        CheckOutcome(.fail, at: error.location, expected: expected, found: error.message)
    }
}
