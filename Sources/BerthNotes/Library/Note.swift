/// One concept note: its front matter, its markdown and where it came from.
public struct Note: Sendable, Hashable {
    /// The file name without `.md`: what a user types after `berth notes`.
    public var topic: String
    public var title: String
    /// One sentence saying what the note teaches, shown in the listing.
    public var summary: String
    /// The heading the note is listed under.
    public var group: String
    /// Position in the listing; lower comes first.
    public var order: Int
    /// Everything after the front matter, starting with the `# Title` line.
    public var markdown: String
    /// The absolute path of the file.
    public var path: String
    /// The 1-based line of the file on which `markdown` starts, so positions inside
    /// the markdown can be reported as positions in the file.
    public var bodyStartLine: Int

    public init(topic: String, title: String, summary: String, group: String, order: Int,
                markdown: String, path: String, bodyStartLine: Int) {
        self.topic = topic
        self.title = title
        self.summary = summary
        self.group = group
        self.order = order
        self.markdown = markdown
        self.path = path
        self.bodyStartLine = bodyStartLine
    }

    /// The listing order: by `order`, then by topic so equal orders stay deterministic.
    static func listedBefore(_ lhs: Note, _ rhs: Note) -> Bool {
        (lhs.order, lhs.topic) < (rhs.order, rhs.topic)
    }
}

/// The notes sharing one `group`, in listing order.
public struct NoteGroup: Sendable, Hashable {
    public var name: String
    public var notes: [Note]

    public init(name: String, notes: [Note]) {
        self.name = name
        self.notes = notes
    }
}
