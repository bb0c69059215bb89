/// Picks the passages of a note that best show why it matched.
///
/// Each matching line is scored by the weights of the query words it holds (and the
/// phrase); the best lines are taken first, each with its context, and a line whose
/// passage would overlap or touch one already taken is merged into it, up to a size
/// that still reads as one passage.
struct ExcerptSelector {
    let query: SearchQuery
    let weights: [String: Double]
    let maximumExcerpts: Int
    let contextLines: Int

    /// Merging stops before a passage grows past this many lines.
    private var maximumLines: Int { 3 * (2 * contextLines + 1) - 2 }

    func excerpts(of note: Note) -> [Excerpt] {
        let lines = note.markdown.split(separator: "\n", omittingEmptySubsequences: false)
        let scored = lines.indices.compactMap { index -> (index: Int, score: Double)? in
            let score = self.score(lines[index])
            return score > 0 ? (index, score) : nil
        }
        let best = scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.index < $1.index }
        var passages: [(range: ClosedRange<Int>, matches: Set<Int>)] = []
        for (index, _) in best {
            let window = max(0, index - contextLines)...min(lines.count - 1, index + contextLines)
            if let touching = passages.firstIndex(where: { Self.touch($0.range, window) }) {
                let current = passages[touching].range
                let merged = min(current.lowerBound, window.lowerBound)...max(current.upperBound, window.upperBound)
                guard merged.count <= max(maximumLines, current.count) else { continue }
                passages[touching].range = merged
                passages[touching].matches.insert(index)
            } else if passages.count < maximumExcerpts {
                passages.append((window, [index]))
            }
        }
        return passages.map { passage in
            Excerpt(lines: passage.range.map { index in
                Excerpt.Line(number: note.bodyStartLine + index, text: String(lines[index]),
                             isMatch: passage.matches.contains(index))
            })
        }
    }

    private func score(_ line: Substring) -> Double {
        let tokens = SearchQuery.tokens(in: line)
        var score = query.words.reduce(0) { $0 + (weights[$1] ?? 0) * SearchQuery.bestWeight(in: tokens, for: $1) }
        if score > 0, query.containsPhrase(line.lowercased()) { score *= 3 }
        return score
    }

    private static func touch(_ a: ClosedRange<Int>, _ b: ClosedRange<Int>) -> Bool {
        a.lowerBound <= b.upperBound + 1 && b.lowerBound <= a.upperBound + 1
    }
}
