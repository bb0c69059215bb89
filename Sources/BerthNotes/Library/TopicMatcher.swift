import Foundation

/// Resolves what a user typed after `berth notes` to a note, forgivingly.
///
/// The rules, tried in order, all case-insensitive with spaces, underscores and other
/// punctuation read as hyphens:
/// 1. the exact topic; 2. the exact title;
/// 3. topics starting with the query (`rate` → `rate-limiting`);
/// 4. topics with a later word starting with the query (`proxy` → `reverse-proxy`),
///    then titles with any word starting with it;
/// 5. the closest topic or title by edit distance, if within about a third of the query's length.
/// At steps 3 and 4 several hits are ambiguous; at step 5 a tie is no answer at all.
struct TopicMatcher {
    static let suggestionCount = 3

    private struct Candidate {
        var note: Note
        var topic: String
        var title: String
    }

    private let candidates: [Candidate]

    init(notes: [Note]) {
        candidates = notes.map {
            Candidate(note: $0, topic: Self.normalize($0.topic), title: Self.normalize($0.title))
        }
    }

    func match(_ query: String) -> TopicMatch {
        let key = Self.normalize(query)
        guard !key.isEmpty else { return .notFound(suggestions: Array(candidates.prefix(Self.suggestionCount).map(\.note))) }
        let steps: [(Candidate) -> Bool] = [
            { $0.topic == key },
            { $0.title == key },
            { $0.topic.hasPrefix(key) },
            { Self.hasWord(startingWith: key, in: $0.topic, fromWord: 1) },
            { Self.hasWord(startingWith: key, in: $0.title, fromWord: 0) },
        ]
        for step in steps {
            let hits = candidates.filter(step).map(\.note)
            if hits.count == 1, let only = hits.first { return .found(only) }
            if hits.count > 1 { return .ambiguous(hits) }
        }
        return closest(to: key)
    }

    /// Step 5: the single nearest note within the threshold, else the nearest few as suggestions.
    private func closest(to key: String) -> TopicMatch {
        let ranked = candidates
            .map { (note: $0.note, distance: Self.distance(key, $0)) }
            .sorted { ($0.distance, $0.note.order, $0.note.topic) < ($1.distance, $1.note.order, $1.note.topic) }
        let threshold = max(1, key.count / 3)
        if let best = ranked.first, best.distance <= threshold,
           ranked.count == 1 || ranked[1].distance > best.distance {
            return .found(best.note)
        }
        return .notFound(suggestions: ranked.prefix(Self.suggestionCount).map(\.note))
    }

    /// The smallest edit distance from the query to the topic, the title, or the topic
    /// with its hyphens dropped (so `ratelimiting` is close to `rate-limiting`).
    private static func distance(_ key: String, _ candidate: Candidate) -> Int {
        let joinedKey = key.replacingHyphens()
        return min(EditDistance.between(key, candidate.topic),
                   EditDistance.between(key, candidate.title),
                   EditDistance.between(joinedKey, candidate.topic.replacingHyphens()))
    }

    /// Whether the words of `name` from word `first` on, joined again, start with `key`.
    private static func hasWord(startingWith key: String, in name: String, fromWord first: Int) -> Bool {
        let words = name.split(separator: "-")
        guard first < words.count else { return false }
        return (first..<words.count).contains { words[$0...].joined(separator: "-").hasPrefix(key) }
    }

    /// Lowercased, `.md` dropped, every run of non-alphanumerics turned into one hyphen.
    static func normalize(_ text: String) -> String {
        var lowered = text.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        if lowered.hasSuffix(".md") { lowered.removeLast(3) }
        var result = ""
        for character in lowered {
            if character.isLetter || character.isNumber {
                result.append(character)
            } else if !result.isEmpty, result.last != "-" {
                result.append("-")
            }
        }
        if result.last == "-" { result.removeLast() }
        return result
    }
}

private extension String {
    func replacingHyphens() -> String { filter { $0 != "-" } }
}
