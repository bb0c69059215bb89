/// A `NAME=value` pair of ENV, ARG or LABEL.
public struct DockerfileVariable: Hashable, Sendable {
    /// The name (for LABEL, the key) as Docker reads it.
    public var name: String
    /// The value; nil for `ARG NAME` without a default.
    public var value: DockerfileWord?
    /// Where the name starts.
    public var location: SourceLocation
}

extension DockerfileInstruction {
    /// ENV's, ARG's and LABEL's pairs in order; empty for other instructions.
    public var variables: [DockerfileVariable] {
        guard ["ENV", "ARG", "LABEL"].contains(keyword) else { return [] }
        if keyword == "ENV" || keyword == "LABEL", arguments.count == 2, !arguments[0].raw.contains("=") {
            // Legacy form: `ENV NAME value with spaces`.
            return [DockerfileVariable(name: arguments[0].expanded, value: arguments[1], location: arguments[0].location)]
        }
        return arguments.map { word in
            guard let equals = word.expanded.firstIndex(of: "="), let rawEquals = word.raw.firstIndex(of: "=") else {
                return DockerfileVariable(name: word.expanded, value: nil, location: word.location)
            }
            let rawOffset = word.raw.unicodeScalars.distance(from: word.raw.unicodeScalars.startIndex, to: rawEquals) + 1
            var value = DockerfileWord(raw: String(word.raw[word.raw.index(after: rawEquals)...]),
                                       expanded: String(word.expanded[word.expanded.index(after: equals)...]),
                                       isResolved: word.isResolved, location: word.location(offset: rawOffset))
            value.continuations = word.continuations.compactMap { segment in
                segment.offset > rawOffset
                    ? DockerfileLogicalLine.Segment(offset: segment.offset - rawOffset, line: segment.line, column: segment.column)
                    : nil
            }
            return DockerfileVariable(name: String(word.expanded[..<equals]), value: value, location: word.location)
        }
    }
}
