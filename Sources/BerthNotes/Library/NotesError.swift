/// A notes folder or note file berth cannot use, or an export it cannot write.
///
/// Prints as `file:line:column: error: message` (or `path: error: message` when no
/// position applies), and the message says what to do about it.
public struct NotesError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, as a stable machine-readable name.
    public enum Kind: String, Sendable, Hashable {
        /// The notes folder does not exist: berth's installation is incomplete.
        case missingFolder = "missing-folder"
        case unreadable
        case tooLarge = "too-large"
        case invalidEncoding = "invalid-encoding"
        case frontMatter = "front-matter"
        /// The HTML export could not create or write its folder.
        case exportFailed = "export-failed"
    }

    public var kind: Kind
    public var path: String
    /// 1-based; nil when the problem is the whole file or folder.
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(_ kind: Kind, path: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.kind = kind
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// True when the fix is on the machine (reinstall, set BERTH_NOTES) rather than in a file.
    public var isEnvironmentProblem: Bool { kind == .missingFolder }

    public var description: String {
        var location = path
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return "\(location): error: \(message)"
    }
}
