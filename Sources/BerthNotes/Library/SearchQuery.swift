import Foundation

/// What a user searched for, split into words the same way note text is.
///
/// Words are runs of letters and digits, lowercased, at least two characters long, so
/// `limit_req_status` and `X-Forwarded-For` search for their parts while the whole
/// query, kept as `phrase`, rewards notes that spell it exactly.
struct SearchQuery {
    /// Distinct words in the order typed.
    let words: [String]
    /// The query lowercased with runs of whitespace collapsed; empty when it is a single word.
    let phrase: String

    init(_ text: String) {
        var words: [String] = []
        for word in Self.tokens(in: text) where word.count >= 2 && !words.contains(word) {
            words.append(word)
        }
        self.words = words
        let collapsed = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        phrase = words.count >= 2 ? collapsed : ""
    }

    /// The lowercased words of `text`.
    static func tokens(in text: some StringProtocol) -> [String] {
        tokenRanges(in: text).map { text[$0].lowercased() }
    }

    /// Where each run of letters and digits lies in `text`.
    static func tokenRanges<Text: StringProtocol>(in text: Text) -> [Range<Text.Index>] {
        var ranges: [Range<Text.Index>] = []
        var start: Text.Index?
        for index in text.indices {
            let isWordCharacter = text[index].isLetter || text[index].isNumber
            if isWordCharacter, start == nil { start = index }
            if !isWordCharacter, let open = start {
                ranges.append(open..<index)
                start = nil
            }
        }
        if let open = start { ranges.append(open..<text.endIndex) }
        return ranges
    }

    /// How well a (lowercased) token matches `word`: fully, as a prefix (`limit` in
    /// `limiting`, worth half), or not at all.
    static func weight(of token: String, for word: String) -> Double {
        if token == word { return 1 }
        return token.hasPrefix(word) ? 0.5 : 0
    }

    /// The best weight any token of `text` has for `word`.
    static func bestWeight(in tokens: [String], for word: String) -> Double {
        tokens.reduce(0) { max($0, weight(of: $1, for: word)) }
    }

    /// Whether `text` (already lowercased) contains the exact phrase.
    func containsPhrase(_ lowercasedText: String) -> Bool {
        !phrase.isEmpty && lowercasedText.contains(phrase)
    }

    /// The parts of `line` to highlight: words matching a query word, and phrase
    /// occurrences whole (so the `_` in `limit_req_status` is highlighted too),
    /// sorted and merged.
    func highlightRanges(in line: String) -> [Range<String.Index>] {
        var ranges = Self.tokenRanges(in: line).filter { range in
            let token = line[range].lowercased()
            return words.contains { Self.weight(of: token, for: $0) > 0 }
        }
        if !phrase.isEmpty {
            var searchStart = line.startIndex
            while let found = line.range(of: phrase, options: .caseInsensitive, range: searchStart..<line.endIndex) {
                ranges.append(found)
                searchStart = found.upperBound
            }
        }
        return Self.merged(ranges)
    }

    /// Overlapping or touching ranges combined into one.
    static func merged(_ ranges: [Range<String.Index>]) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
