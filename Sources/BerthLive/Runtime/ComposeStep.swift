/// The step a line of `docker compose --progress plain` output is at, in a few words:
/// `backend build 4/7 RUN swift build`, `backend-1 Healthy`. Nil for lines that are not a step.
public enum ComposeStep {
    public static func of(_ line: String) -> String? {
        let text = line.trimmingCharacters(in: .whitespaces)
        // BuildKit: `#12 [backend build 4/7] RUN swift build -c release`
        if text.hasPrefix("#"), let open = text.firstIndex(of: "["), let close = text.firstIndex(of: "]"), open < close {
            let stage = text[text.index(after: open)..<close]
            let command = text[text.index(after: close)...].trimmingCharacters(in: .whitespaces)
            return String("\(stage) \(command)".prefix(80))
        }
        // Compose: ` Container berth-stack-x-backend-1  Started`
        for kind in ["Container ", "Network ", "Volume "] where text.hasPrefix(kind) {
            let words = text.dropFirst(kind.count).split(separator: " ", omittingEmptySubsequences: true)
            guard let name = words.first, let state = words.last, words.count >= 2 else { return nil }
            let short = name.split(separator: "-").suffix(2).joined(separator: "-")
            return "\(kind.lowercased())\(short) \(state)"
        }
        return nil
    }
}
