extension DockerfileKeyword {
    /// The error for an unknown instruction, suggesting the closest keyword (`RUNN` → `RUN`).
    static func unknownMessage(_ word: String) -> String {
        let written = word.count > 40 ? word.prefix(40) + "…" : word
        let upper = written.uppercased()
        // Sorted first, so a tie always suggests the same keyword.
        let closest = table.keys.sorted().min { editDistance($0, upper) < editDistance($1, upper) }
        if let closest, editDistance(closest, upper) <= 2 {
            return "unknown instruction \(written); did you mean \(closest)?"
        }
        return "unknown instruction \(written): Dockerfile lines start with FROM, RUN, COPY, CMD, …"
    }

    /// Levenshtein distance; the written word is capped so a garbage line stays cheap.
    private static func editDistance(_ left: String, _ right: String) -> Int {
        let a = Array(left.unicodeScalars)
        let b = Array(right.unicodeScalars.prefix(40))
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
