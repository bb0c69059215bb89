/// One note that matched a search, with the passages that show why.
public struct SearchResult: Sendable, Hashable {
    public var note: Note
    /// Higher is better; only meaningful relative to other results of the same search.
    public var score: Double
    /// At most three passages, the best first.
    public var excerpts: [Excerpt]

    public init(note: Note, score: Double, excerpts: [Excerpt]) {
        self.note = note
        self.score = score
        self.excerpts = excerpts
    }
}

/// Consecutive lines of a note: matching lines with one line of context around them.
public struct Excerpt: Sendable, Hashable {
    public struct Line: Sendable, Hashable {
        /// The 1-based line number in the note's file (front matter counted).
        public var number: Int
        public var text: String
        /// Whether this line matched the search rather than being context.
        public var isMatch: Bool

        public init(number: Int, text: String, isMatch: Bool) {
            self.number = number
            self.text = text
            self.isMatch = isMatch
        }
    }

    public var lines: [Line]

    public init(lines: [Line]) {
        self.lines = lines
    }
}
