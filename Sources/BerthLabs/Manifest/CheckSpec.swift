import BerthFormats

/// One check of a task as `lab.yaml` states it: the common keys every check has, and the
/// kind-specific parameters decoded into `check`.
///
/// ```yaml
/// - id: base-image
///   kind: dockerfile-from
///   points: 1
///   path: first-image/Dockerfile
///   image: ubuntu
///   tag: pinned
///   message: The image must start from ubuntu with an explicit tag.
///   fix: Write `FROM ubuntu:24.04` on the first line.
///   note: images-and-layers
/// ```
public struct CheckSpec: Sendable {
    /// Unique within its task; a grading report's check id.
    public var id: String
    /// The `kind:` as written.
    public var kind: String
    public var points: Double
    /// What a failure means, in the author's words; shown above what the check found.
    public var message: String
    /// What to change, shown with every failure.
    public var fix: String
    /// The topic of `berth notes` to read; the task's first note when the check names none.
    public var note: String?
    public var check: CheckBody
    public var location: SourceLocation

    public init(id: String, kind: String, points: Double, message: String, fix: String,
                note: String?, check: CheckBody, location: SourceLocation) {
        self.id = id
        self.kind = kind
        self.points = points
        self.message = message
        self.fix = fix
        self.note = note
        self.check = check
        self.location = location
    }
}

/// What a check does: read the files, or run the stack and probe it.
public enum CheckBody: Sendable {
    case `static`(any StaticCheck)
    case live(any LiveCheck)

    public var isLive: Bool {
        if case .live = self { return true }
        return false
    }
}
