/// One instruction's text as Docker reads it: its physical lines joined, continuation
/// characters and interleaved comment lines removed, with the source position of every
/// character kept so each word can be reported where it was written.
struct DockerfileLogicalLine: Sendable {
    /// Where a run of characters taken from one physical line starts.
    struct Segment: Hashable, Sendable {
        var offset: Int
        var line: Int
        var column: Int
    }

    let file: String
    private(set) var scalars: [Unicode.Scalar] = []
    private(set) var segments: [Segment] = []
    private(set) var lastLine: Int = 0

    init(file: String) {
        self.file = file
    }

    /// Appends `text`, whose first character stands at `line`:`column` in the file.
    mutating func append<S: Sequence<Unicode.Scalar>>(_ text: S, line: Int, column: Int) {
        segments.append(Segment(offset: scalars.count, line: line, column: column))
        scalars.append(contentsOf: text)
        lastLine = line
    }

    /// Drops the characters from `offset` on (a continuation character and what follows it).
    mutating func truncate(to offset: Int) {
        scalars.removeSubrange(offset...)
    }

    var count: Int { scalars.count }

    /// The file position of the character at `offset` (the end maps just past the last one).
    func location(at offset: Int) -> SourceLocation {
        let after = segments.partitioningIndex { $0.offset > offset }
        guard after > 0 else { return SourceLocation(file: file, line: segments.first?.line ?? 1, column: 1) }
        let segment = segments[after - 1]
        return SourceLocation(file: file, line: segment.line, column: segment.column + offset - segment.offset)
    }

    func text(_ range: Range<Int>) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return String(result)
    }

    /// The word at `range`, remembering where it continues on later lines.
    func word(_ range: Range<Int>) -> DockerfileWord {
        var word = DockerfileWord(raw: text(range), location: location(at: range.lowerBound))
        var index = segments.partitioningIndex { $0.offset > range.lowerBound }
        while index < segments.count, segments[index].offset < range.upperBound {
            let segment = segments[index]
            word.continuations.append(Segment(offset: segment.offset - range.lowerBound, line: segment.line, column: segment.column))
            index += 1
        }
        return word
    }

    /// The first word, uppercased: the instruction's keyword.
    var keyword: String {
        text(0..<(scalars.firstIndex { $0.isDockerSpace } ?? scalars.count)).uppercased()
    }

    /// A view of the characters from `start` to the end, for parsing a sub-instruction (ONBUILD).
    func suffix(from start: Int) -> DockerfileLogicalLine {
        var copy = DockerfileLogicalLine(file: file)
        for (position, segment) in segments.enumerated() {
            let end = position + 1 < segments.count ? segments[position + 1].offset : scalars.count
            guard end > start else { continue }
            let from = max(start, segment.offset)
            copy.append(scalars[from..<end], line: segment.line, column: segment.column + (from - segment.offset))
        }
        copy.lastLine = lastLine
        return copy
    }
}

extension Unicode.Scalar {
    /// Space or tab, the separators BuildKit trims around instructions.
    var isDockerBlank: Bool { self == " " || self == "\t" }

    /// Any whitespace BuildKit's word splitting treats as a separator.
    var isDockerSpace: Bool { properties.isWhitespace }
}
