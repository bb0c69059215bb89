extension DockerfileKeyword {
    /// Keyword names in order, so a tie always suggests the same keyword.
    private static let sortedNames = table.keys.sorted()

    /// The error for an unknown instruction, suggesting the closest keyword (`RUNN` → `RUN`).
    static func unknownMessage(_ word: String) -> String {
        let written = word.count > 40 ? word.prefix(40) + "…" : word
        let upper = Array(written.uppercased().unicodeScalars)
        // One distance per keyword: a file of thousands of garbage lines stays linear and cheap.
        let closest = sortedNames.lazy.map { ($0, editDistance($0, upper)) }.min { $0.1 < $1.1 }
        if let closest, closest.1 <= 2 {
            return "unknown instruction \(written); did you mean \(closest.0)?"
        }
        return "unknown instruction \(written): Dockerfile lines start with FROM, RUN, COPY, CMD, …"
    }

    /// Levenshtein distance, or 3 as soon as the lengths alone put it above the 2 suggested.
    private static func editDistance(_ left: String, _ right: [Unicode.Scalar]) -> Int {
        let a = Array(left.unicodeScalars)
        let b = right.prefix(40)
        guard abs(a.count - b.count) <= 2 else { return 3 }
        var previous = Array(0...b.count)
        var current = previous
        for (i, x) in a.enumerated() {
            current[0] = i + 1
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
