import BerthFormats

/// One check's result as reports show it: the points it earned, where it looked, what it
/// expected and found, and for a failure the author's message, the fix and the note.
public struct CheckResult: Sendable {
    public var id: String
    public var status: CheckOutcome.Status
    public var points: Double
    public var maximumPoints: Double
    /// The author's message for a failure; what was found for a pass.
    public var message: String
    public var expected: String
    public var found: String
    public var fix: String
    public var note: String?
    public var location: SourceLocation?

    public init(spec: CheckSpec, outcome: CheckOutcome, note: String?) {
        id = spec.id
        status = outcome.status
        maximumPoints = spec.points
        points = outcome.status == .pass ? spec.points : 0
        message = outcome.status == .pass ? outcome.found : spec.message
        expected = outcome.expected
        found = outcome.found
        fix = spec.fix
        self.note = note
        location = outcome.location
    }
}
