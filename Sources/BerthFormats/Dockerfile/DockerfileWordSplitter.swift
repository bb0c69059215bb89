/// Splits an instruction's text into words and `--flags` the way BuildKit's parser does.
enum DockerfileWordSplitter {
    /// A `--name[=value]` flag with quotes removed, and where it and its value start.
    struct Flag: Sendable {
        var text: String
        var start: Int
        var valueStart: Int?
    }

    /// Words separated by whitespace, where quotes keep spaces inside a word and the escape
    /// character protects the next one; quotes and escapes stay in the word (BuildKit's parseWords).
    static func quoteAwareWords(in line: DockerfileLogicalLine, range: Range<Int>,
                                escape: Unicode.Scalar) -> [Range<Int>] {
        let scalars = line.scalars
        var words: [Range<Int>] = []
        var start: Int?
        var quote: Unicode.Scalar?
        var position = range.lowerBound
        while position < range.upperBound {
            let scalar = scalars[position]
            if let open = quote {
                if scalar == open {
                    quote = nil
                } else if scalar == escape, open != "'" {
                    position += 1
                }
            } else if scalar.isDockerSpace {
                if let wordStart = start { words.append(wordStart..<position) }
                start = nil
            } else {
                if start == nil { start = position }
                if scalar == "'" || scalar == "\"" {
                    quote = scalar
                } else if scalar == escape {
                    position += 1
                }
            }
            position += 1
        }
        if let wordStart = start { words.append(wordStart..<min(position, range.upperBound)) }
        return words
    }

    /// Words separated by whitespace only; quotes are ordinary characters (FROM, EXPOSE, COPY).
    static func whitespaceWords(in line: DockerfileLogicalLine, range: Range<Int>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start: Int?
        for position in range {
            if line.scalars[position].isDockerSpace {
                if let wordStart = start { words.append(wordStart..<position) }
                start = nil
            } else if start == nil {
                start = position
            }
        }
        if let wordStart = start { words.append(wordStart..<range.upperBound) }
        return words
    }

    /// The leading `--flag` words of `range` and the offset where the arguments start
    /// (BuildKit's extractBuilderFlags: a lone `--` ends the flags and is dropped).
    static func flags(in line: DockerfileLogicalLine, range: Range<Int>) -> (flags: [Flag], rest: Int) {
        let scalars = line.scalars
        var flags: [Flag] = []
        var position = range.lowerBound
        while true {
            while position < range.upperBound, scalars[position].isDockerSpace { position += 1 }
            guard position + 1 < range.upperBound, scalars[position] == "-", scalars[position + 1] == "-" else {
                return (flags, position)
            }
            let start = position
            var text = String.UnicodeScalarView()
            var valueStart: Int?
            var quote: Unicode.Scalar?
            while position < range.upperBound {
                let scalar = scalars[position]
                if quote == nil, scalar.isDockerSpace { break }
                if let open = quote, scalar == open {
                    quote = nil
                } else if quote == nil, scalar == "'" || scalar == "\"" {
                    quote = scalar
                } else if scalar == "\\", position + 1 < range.upperBound {
                    position += 1
                    text.append(scalars[position])
                } else {
                    if scalar == "=", valueStart == nil, quote == nil { valueStart = position + 1 }
                    text.append(scalar)
                }
                position += 1
            }
            let word = String(text)
            if word == "--" {
                while position < range.upperBound, scalars[position].isDockerSpace { position += 1 }
                return (flags, position)
            }
            flags.append(Flag(text: String(word.dropFirst(2)), start: start, valueStart: valueStart))
        }
    }
}
