import BerthFormats

/// One task of a lab: what to do, the hints, the notes that explain it and the checks
/// that prove it.
public struct TaskManifest: Sendable {
    /// Stable name: `berth check ID`, a grading report's task id.
    public var id: String
    public var title: String
    /// What the task is worth; the checks' points add up to it.
    public var points: Double
    /// The markdown file with the instructions, relative to the lab's folder.
    public var instructions: String
    /// Hints in the order `berth hint` gives them, least revealing first.
    public var hints: [String]
    /// Topics of `berth notes` that explain the task.
    public var notes: [String]
    /// The reference solution's folder relative to the lab's folder, when the lab has one.
    public var solution: String?
    public var checks: [CheckSpec]
    public var location: SourceLocation

    public init(id: String, title: String, points: Double, instructions: String, hints: [String],
                notes: [String], solution: String?, checks: [CheckSpec], location: SourceLocation) {
        self.id = id
        self.title = title
        self.points = points
        self.instructions = instructions
        self.hints = hints
        self.notes = notes
        self.solution = solution
        self.checks = checks
        self.location = location
    }

    /// The points its static checks give; the rest need `--live`.
    public var staticPoints: Double {
        checks.filter { !$0.check.isLive }.reduce(0) { $0 + $1.points }
    }
}
