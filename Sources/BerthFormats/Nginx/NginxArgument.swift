/// One argument of a directive, with where it was written.
public struct NginxArgument: Hashable, Sendable, CustomStringConvertible {
    /// The text as nginx reads it: quotes removed, an escaped quote unescaped, other
    /// escapes and `$variables` kept as written.
    public var value: String
    /// Where the argument starts (its opening quote, when quoted).
    public var location: SourceLocation
    /// Written in quotes: then spaces, `;` and braces are part of the value.
    public var isQuoted: Bool

    public init(value: String, location: SourceLocation, isQuoted: Bool = false) {
        self.value = value
        self.location = location
        self.isQuoted = isQuoted
    }

    public var description: String { value }

    /// The position of the character `offset` scalars into the value, for findings that
    /// point inside an argument (one cipher in a cipher list, say).
    public func location(atOffset offset: Int) -> SourceLocation {
        var shifted = location
        shifted.column += offset + (isQuoted ? 1 : 0)
        return shifted
    }

    /// Whether the value uses nginx variables (`$host`, `${name}`).
    public var containsVariable: Bool { value.contains("$") }
}

extension NginxArgument {
    /// Where `needle` first appears inside the value (for a finding about one part of it),
    /// or nil when it does not appear.
    public func location(of needle: String) -> SourceLocation? {
        let haystack = Array(value.unicodeScalars)
        let target = Array(needle.unicodeScalars)
        guard !target.isEmpty, haystack.count >= target.count else { return nil }
        let offset = (0...(haystack.count - target.count)).first { haystack[$0..<($0 + target.count)].elementsEqual(target) }
        return offset.map(location(atOffset:))
    }
}
