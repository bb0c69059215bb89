/// Curly quotes (“ ” ‘ ’) pasted from a document or a web page into a command. The shell and
/// Docker's JSON reader take them as ordinary characters, so `CMD [“echo”, “hi”]` is no exec
/// form and `echo “Hello”` prints the quotes.
enum TypographicQuotes {
    private static let marks: Set<Character> = ["\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}"]

    /// The curly quotes in `text`, each once, in the order they first appear; nil when there are none.
    static func find(in text: String) -> [Character]? {
        var found: [Character] = []
        for character in text where marks.contains(character) && !found.contains(character) {
            found.append(character)
        }
        return found.isEmpty ? nil : found
    }

    /// What a student reads: which marks, where, and what to type instead.
    static func message(_ found: [Character], in quoted: String) -> String {
        let listed = found.map(String.init).joined(separator: " ")
        return "typographic quotes \(listed) in \(quoted): the shell and Docker read them as ordinary characters, "
            + "not quotes; type straight quotes (\" or ') instead"
    }
}
