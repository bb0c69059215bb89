import BerthFormats

/// A lab as its `lab.yaml` describes it: what it teaches and its tasks in order.
///
/// ```yaml
/// schema: 1
/// id: stack
/// title: From a first image to a scaled stack
/// description: …
/// starter:                  # what `berth init` copies: repository path → path under labs/
///   backend: backend
/// tasks:
///   - id: first-image
///     …
/// ```
public struct LabManifest: Sendable {
    /// The only `schema:` this berth reads; a newer lab says so instead of half-loading.
    public static let schemaVersion = 1

    /// Short, stable name: `berth init --lab ID`, `berth grade --lab ID`.
    public var id: String
    /// One line shown in `berth` and in grading reports.
    public var title: String
    /// A paragraph on what the lab teaches, shown when a workspace is created.
    public var description: String
    /// Files a new workspace starts with.
    public var starter: [StarterEntry]
    /// The tasks in the order a student does them.
    public var tasks: [TaskManifest]
    /// Where `lab.yaml` is, for messages.
    public var location: SourceLocation

    public init(id: String, title: String, description: String, starter: [StarterEntry],
                tasks: [TaskManifest], location: SourceLocation) {
        self.id = id
        self.title = title
        self.description = description
        self.starter = starter
        self.tasks = tasks
        self.location = location
    }

    /// The sum of every task's points.
    public var maximumPoints: Double { tasks.reduce(0) { $0 + $1.points } }

    /// The points the static checks alone can give.
    public var staticPoints: Double {
        tasks.reduce(0) { $0 + $1.staticPoints }
    }

    /// The task with `id`, if the lab has it.
    public func task(id: String) -> TaskManifest? {
        tasks.first { $0.id == id }
    }
}

/// One entry of a lab's starter: `destination` in the student's repository is copied from
/// `source`, a file or folder relative to the labs folder (`backend`, `stack/starter/README.md`).
public struct StarterEntry: Sendable, Hashable {
    public var destination: String
    public var source: String
    public var location: SourceLocation

    public init(destination: String, source: String, location: SourceLocation) {
        self.destination = destination
        self.source = source
        self.location = location
    }
}
