/// A link from one note to another: a relative destination naming a markdown file,
/// such as `rate-limiting.md`, `./tls.md#ciphers` or `../notes/volumes.md`.
///
/// In a terminal such a link cannot be followed, so it is shown as the command that
/// opens the note; a web link is anything with a scheme, an absolute path, or a file
/// that is not markdown.
struct NoteLink: Sendable, Hashable {
    /// The note's file name without `.md`: what goes after `berth notes`.
    var topic: String
    /// The part after `#`, if any.
    var fragment: String?

    init?(destination: String) {
        let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let beforeQuery = parts.first?.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first
        guard let path = beforeQuery, !path.isEmpty, !path.hasPrefix("/"), !Self.hasScheme(path),
              path.lowercased().hasSuffix(".md") else { return nil }
        let fileName = path.split(separator: "/").last ?? path
        let topic = fileName.dropLast(3)
        guard !topic.isEmpty else { return nil }
        self.topic = String(topic)
        self.fragment = parts.count > 1 ? String(parts[1]) : nil
    }

    /// Whether `path` starts with a URL scheme (`https:`, `mailto:`), per RFC 3986:
    /// a letter, then letters, digits, `+`, `-` or `.`, then `:`.
    private static func hasScheme(_ path: Substring) -> Bool {
        guard let colon = path.firstIndex(of: ":") else { return false }
        let scheme = path[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
