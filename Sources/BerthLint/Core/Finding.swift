import BerthFormats

/// One problem a rule found: where, which rule, what is wrong and what to do about it.
public struct Finding: Hashable, Sendable {
    public var ruleID: String
    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    public var fix: String
    /// The concept note that explains it (`berth notes TOPIC`).
    public var note: String

    public init(ruleID: String, severity: Severity, location: SourceLocation,
                message: String, fix: String, note: String) {
        self.ruleID = ruleID
        self.severity = severity
        self.location = location
        self.message = message
        self.fix = fix
        self.note = note
    }

    /// Deterministic output order: file, line, column, then rule id.
    public static func outputOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        (lhs.location.file, lhs.location.line, lhs.location.column, lhs.ruleID, lhs.message)
            < (rhs.location.file, rhs.location.line, rhs.location.column, rhs.ruleID, rhs.message)
    }
}
