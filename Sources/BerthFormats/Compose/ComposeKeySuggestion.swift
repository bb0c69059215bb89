/// "Did you mean …?" for a mistyped compose key: the closest known key by edit distance.
enum ComposeKeySuggestion {
    /// Service keys written at the wrong level, or from the old docker-compose, and where they go now.
    static let movedServiceKeys: [String: String] = [
        "dockerfile": "under `build:` (`build: {context: ., dockerfile: Dockerfile.dev}`)",
        "context": "under `build:` (`build: {context: ./app}`)",
        "args": "under `build:` (`build: {context: ., args: {A: 1}}`)",
        "target": "under `build:` (`build: {context: ., target: runtime}`)",
        "replicas": "under `deploy:` (`deploy: {replicas: 3}`)",
        "resources": "under `deploy:` (`deploy: {resources: {limits: {memory: 256m}}}`)",
        "net": "in `network_mode:` now (`network_mode: host`)",
        "log_driver": "in `logging:` now (`logging: {driver: json-file}`)",
        "log_opt": "in `logging:` now (`logging: {options: {max-size: 10m}}`)",
        "volume_driver": "on the top-level volume now (`volumes: {data: {driver: local}}`)",
        "interval": "under `healthcheck:`", "timeout": "under `healthcheck:`", "retries": "under `healthcheck:`",
        "test": "under `healthcheck:` (`healthcheck: {test: [\"CMD\", \"true\"]}`)",
    ]

    /// The known key closest to `key`, when it is close enough to be a plausible typo.
    static func closest(to key: String, among known: [String]) -> String? {
        let typed = Array(key.lowercased())
        var best: (name: String, distance: Int)?
        for candidate in known {
            let distance = editDistance(typed, Array(candidate))
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        // Allow about one slip per three letters, and always at least two.
        return best.distance <= max(2, typed.count / 3) ? best.name : nil
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    static func editDistance(_ lhs: [Character], _ rhs: [Character]) -> Int {
        if lhs.isEmpty { return rhs.count }
        if rhs.isEmpty { return lhs.count }
        var before = [Int](repeating: 0, count: rhs.count + 1)
        var previous = Array(0...rhs.count)
        var current = [Int](repeating: 0, count: rhs.count + 1)
        for i in 1...lhs.count {
            current[0] = i
            for j in 1...rhs.count {
                let cost = lhs[i - 1] == rhs[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, lhs[i - 1] == rhs[j - 2], lhs[i - 2] == rhs[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[rhs.count]
    }
}
