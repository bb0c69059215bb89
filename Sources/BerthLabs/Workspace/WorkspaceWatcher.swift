/// Notices that the student saved something, by comparing snapshots of the workspace.
///
/// A change is reported once the files have stayed the same for one more poll: an editor's
/// save can write a file twice or several files in a row, and the student should see one
/// check of the finished save, not one per write.
public struct WorkspaceWatcher: Sendable {
    /// How often `berth watch` polls: quick enough to feel immediate, rare enough that
    /// walking a workspace of a few hundred files costs nothing.
    public static let pollInterval = 0.3

    public let root: String
    private var settled: WorkspaceSnapshot
    private var pending: WorkspaceSnapshot?

    public init(root: String) {
        self.root = root
        settled = WorkspaceSnapshot(root: root)
    }

    /// Takes a snapshot; returns the paths changed since the last reported state once a
    /// change has settled, nil while nothing changed or a save is still being written.
    public mutating func poll() -> [String]? {
        let now = WorkspaceSnapshot(root: root)
        guard let pending else {
            if now != settled { self.pending = now }
            return nil
        }
        guard now == pending else {
            self.pending = now
            return nil
        }
        let changes = now.changes(since: settled)
        settled = now
        self.pending = nil
        return changes.isEmpty ? nil : changes
    }
}
