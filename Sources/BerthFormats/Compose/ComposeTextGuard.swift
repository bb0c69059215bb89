extension ParseError.Kind {
    /// Nesting deeper than any real compose file needs.
    public static let tooDeep = ParseError.Kind(rawValue: "too-deep")
}

/// A quick scan of a compose file's text for two shapes that would make the YAML
/// library itself slow or deep before berth sees a single node.
///
/// Yams hashes every mapping key to find duplicates, and hashing a key that is an alias
/// (or a `[…]`/`{…}` holding one) expands the whole aliased tree: a billion-laughs
/// document written as a key would hang. Compose keys are plain names, so a document
/// that uses aliases and also has a non-scalar or alias key is refused here. Deep
/// nesting is bounded too, as the YAML library walks it recursively.
struct ComposeTextGuard {
    static let maximumDepth = 200

    private let bytes: [UInt8]
    private let file: String

    init(_ text: String, file: String) {
        bytes = Array(text.utf8)
        self.file = file
    }

    /// The first problem found, or nil when the text is safe to hand to Yams.
    func check() -> ParseError? {
        var scan = Scan()
        var index = 0
        while index < bytes.count {
            index = scan.step(bytes, at: index)
            if scan.depth > ComposeTextGuard.maximumDepth {
                return ParseError(.tooDeep, at: location(scan.depthMark),
                                  "nesting goes deeper than \(ComposeTextGuard.maximumDepth) levels; a compose file needs a handful")
            }
        }
        if scan.sawAlias, let key = scan.complexKey {
            return ParseError(.aliasLimit, at: location(key),
                              "a mapping key here is an alias, a list or a mapping; compose keys are plain names, and with aliases such keys can expand without bound")
        }
        return nil
    }

    private func location(_ offset: Int) -> SourceLocation {
        var line = 1
        var column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// The scanner's state: quotes, comments, flow brackets and block indentation.
    private struct Scan {
        var quote: UInt8?
        var flowDepth = 0
        var indents: [Int] = []
        var lineStart = true
        var dashes = 0
        var depth = 0
        var depthMark = 0
        var sawAlias = false
        var complexKey: Int?
        var previous: UInt8 = UInt8(ascii: "\n")
        /// Offset of the last `]`, `}` or alias name end, while only spaces follow it.
        var pendingKeyCandidate: Int?

        mutating func step(_ bytes: [UInt8], at start: Int) -> Int {
            let byte = bytes[start]
            if let open = quote {
                if byte == open {
                    let doubledSingle = open == UInt8(ascii: "'") && start + 1 < bytes.count
                        && bytes[start + 1] == open
                    if doubledSingle { return start + 2 }
                    quote = nil
                } else if byte == UInt8(ascii: "\\"), open == UInt8(ascii: "\"") {
                    return start + 2
                }
                previous = byte
                return start + 1
            }
            if lineStart { return startLine(bytes, at: start) }
            let separated = Scan.isBreak(previous) || previous == UInt8(ascii: "[")
                || previous == UInt8(ascii: "{") || previous == UInt8(ascii: ",")
            switch byte {
            case UInt8(ascii: "\n"):
                lineStart = true
                pendingKeyCandidate = nil
            case UInt8(ascii: "#") where Scan.isBreak(previous):
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                return end
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if separated { quote = byte }
                pendingKeyCandidate = nil
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth += 1
                noteDepth(at: start)
                pendingKeyCandidate = nil
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                flowDepth = max(0, flowDepth - 1)
                pendingKeyCandidate = start
            case UInt8(ascii: "*") where separated:
                var end = start + 1
                while end < bytes.count, Scan.isAnchorCharacter(bytes[end]) { end += 1 }
                if end > start + 1 {
                    sawAlias = true
                    pendingKeyCandidate = start
                    previous = bytes[end - 1]
                    return end
                }
            case UInt8(ascii: "?") where separated:
                if start + 1 >= bytes.count || Scan.isBreak(bytes[start + 1]) { complexKey = complexKey ?? start }
            case UInt8(ascii: ":"):
                if let candidate = pendingKeyCandidate { complexKey = complexKey ?? candidate }
                pendingKeyCandidate = nil
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                break
            default:
                pendingKeyCandidate = nil
            }
            previous = byte
            return start + 1
        }

        /// Measures the indentation and the `- ` / `? ` prefixes of a new line.
        private mutating func startLine(_ bytes: [UInt8], at start: Int) -> Int {
            var index = start
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
            lineStart = false
            previous = UInt8(ascii: " ")
            guard index < bytes.count, bytes[index] != UInt8(ascii: "\n"), bytes[index] != UInt8(ascii: "#"),
                  flowDepth == 0 else { return index }
            let indent = index - start
            while let last = indents.last, last > indent { indents.removeLast() }
            if indents.last != indent { indents.append(indent) }
            dashes = 0
            while index + 1 < bytes.count, bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: " ") {
                dashes += 1
                index += 2
                while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
            }
            noteDepth(at: index)
            return index
        }

        private mutating func noteDepth(at offset: Int) {
            let current = indents.count + dashes + flowDepth
            if current > depth {
                depth = current
                depthMark = offset
            }
        }

        static func isBreak(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
        }

        static func isAnchorCharacter(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: "-") || byte >= 0x80
        }
    }
}
