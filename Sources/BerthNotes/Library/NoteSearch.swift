import Foundation

/// Full-text search over a library, ranked BM25-style.
///
/// A note's score sums, over the query's words, the word's weight in the body (term
/// frequency saturated and normalised by length, times inverse document frequency),
/// plus strong boosts when the word is in the title or summary and when the exact
/// phrase appears. A title hit alone outranks any number of body hits, because the
/// note named after a thing is the one to read about it.
public struct NoteSearch: Sendable {
    /// Passages shown per note.
    public var maximumExcerpts: Int
    /// Lines of context around each matching line.
    public var contextLines: Int

    public init(maximumExcerpts: Int = 3, contextLines: Int = 1) {
        self.maximumExcerpts = maximumExcerpts
        self.contextLines = contextLines
    }

    // BM25's usual constants: how fast repeats stop counting, how much length matters.
    private static let saturation = 1.2
    private static let lengthWeight = 0.75
    private static let titleBoost = 3.0
    private static let summaryBoost = 1.5
    private static let phraseBoost = 2.0

    /// The notes mentioning any word of `text`, best first; ties in listing order.
    public func search(_ text: String, in library: NoteLibrary) -> [SearchResult] {
        let query = SearchQuery(text)
        guard !query.words.isEmpty else { return [] }
        let documents = library.notes.map(IndexedNote.init)
        let averageLength = max(1, Double(documents.map(\.bodyTokens.count).reduce(0, +)) / Double(max(1, documents.count)))
        let weights = Dictionary(uniqueKeysWithValues: query.words.map { word in
            let containing = documents.filter { $0.mentions(word) }.count
            let total = Double(documents.count)
            return (word, log(1 + (total - Double(containing) + 0.5) / (Double(containing) + 0.5)))
        })
        let results = documents.compactMap { document -> SearchResult? in
            guard query.words.contains(where: document.mentions) else { return nil }
            let score = score(document, query: query, weights: weights, averageLength: averageLength)
            let excerpts = ExcerptSelector(query: query, weights: weights, maximumExcerpts: maximumExcerpts,
                                           contextLines: contextLines).excerpts(of: document.note)
            return SearchResult(note: document.note, score: score, excerpts: excerpts)
        }
        return results.sorted {
            $0.score != $1.score ? $0.score > $1.score : Note.listedBefore($0.note, $1.note)
        }
    }

    private func score(_ document: IndexedNote, query: SearchQuery, weights: [String: Double],
                       averageLength: Double) -> Double {
        var score = 0.0
        let lengthFactor = 1 - Self.lengthWeight + Self.lengthWeight * Double(document.bodyTokens.count) / averageLength
        for word in query.words {
            let weight = weights[word] ?? 0
            let frequency = document.bodyTokens.reduce(0) { $0 + SearchQuery.weight(of: $1, for: word) }
            score += weight * frequency * (Self.saturation + 1) / (frequency + Self.saturation * lengthFactor)
            score += weight * Self.titleBoost * SearchQuery.bestWeight(in: document.titleTokens, for: word)
            score += weight * Self.summaryBoost * SearchQuery.bestWeight(in: document.summaryTokens, for: word)
        }
        let phraseWeight = query.words.reduce(0) { $0 + (weights[$1] ?? 0) }
        if query.containsPhrase(document.lowercasedBody) { score += Self.phraseBoost * phraseWeight }
        if query.containsPhrase(document.note.title.lowercased()) { score += Self.titleBoost * phraseWeight }
        return score
    }
}

/// A note split into the words search compares against.
private struct IndexedNote {
    let note: Note
    let bodyTokens: [String]
    let titleTokens: [String]
    let summaryTokens: [String]
    let lowercasedBody: String

    init(_ note: Note) {
        self.note = note
        lowercasedBody = note.markdown.lowercased()
        bodyTokens = SearchQuery.tokens(in: lowercasedBody)
        titleTokens = SearchQuery.tokens(in: note.title)
        summaryTokens = SearchQuery.tokens(in: note.summary)
    }

    func mentions(_ word: String) -> Bool {
        [bodyTokens, titleTokens, summaryTokens].contains { SearchQuery.bestWeight(in: $0, for: word) > 0 }
    }
}
