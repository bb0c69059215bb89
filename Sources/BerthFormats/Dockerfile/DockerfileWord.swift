/// One word of an instruction's arguments, as written and as Docker uses it.
public struct DockerfileWord: Hashable, Sendable {
    /// The word as written (for an exec-form array element: the decoded JSON string).
    public var raw: String
    /// The word after Docker's quote removal and `$VARIABLE` substitution; equal to `raw`
    /// in instructions where Docker substitutes nothing (RUN, CMD, ENTRYPOINT, …).
    public var expanded: String
    /// False when `expanded` still holds a variable only known at build time
    /// (an ARG without a default, `$TARGETPLATFORM`, …), left as written.
    public var isResolved: Bool
    /// Where the word starts.
    public var location: SourceLocation
    /// Where the word continues on later lines (offsets into `raw`), for words that span a line continuation.
    var continuations: [DockerfileLogicalLine.Segment] = []

    public init(raw: String, expanded: String? = nil, isResolved: Bool = true, location: SourceLocation) {
        self.raw = raw
        self.expanded = expanded ?? raw
        self.isResolved = isResolved
        self.location = location
    }

    /// The file position of the character `offset` scalars into `raw`, across line continuations.
    public func location(offset: Int) -> SourceLocation {
        let after = continuations.partitioningIndex { $0.offset > offset }
        guard after > 0 else {
            return SourceLocation(file: location.file, line: location.line, column: location.column + offset)
        }
        let segment = continuations[after - 1]
        return SourceLocation(file: location.file, line: segment.line, column: segment.column + offset - segment.offset)
    }
}
