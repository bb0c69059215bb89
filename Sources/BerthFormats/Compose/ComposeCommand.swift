/// A service's `command` or `entrypoint`: a list, or a string Compose splits into words.
///
/// The string is split the way Compose splits it (go-shellwords): whitespace separates
/// words, quotes and backslashes group them, and nothing is expanded. Splitting stops
/// at an unquoted `;`, `&`, `|`, `<` or `>`, so `echo a && echo b` runs `echo a`; to
/// run a shell line, write `["sh", "-c", "echo a && echo b"]`.
public struct ComposeCommand: Sendable {
    public enum Form: Sendable, Hashable {
        /// Written as one string.
        case string
        /// Written as a list.
        case list
    }

    public var form: Form
    /// The words the container runs; empty for `[]` or `""`, which clear the image's default.
    public var arguments: [String]
    public var location: SourceLocation
    /// For the string form: the words after the first unquoted `;`, `&`, `|`, `<` or `>`, which Compose drops.
    public var droppedText: String?

    var json: JSONValue { .array(arguments.map { .string($0) }) }

    /// Reads `command:` or `entrypoint:`; nil for null (keep the image's default) or on error.
    static func parse(_ node: ComposeNode, _ what: String, decoder: inout ComposeDecoder) -> ComposeCommand? {
        if node.isNull { return nil }
        if let items = node.items {
            let words = items.enumerated().compactMap { decoder.string($1, "item \($0 + 1) of \(what)")?.value }
            return ComposeCommand(form: .list, arguments: words, location: node.location)
        }
        guard let text = decoder.string(node, what) else { return nil }
        guard let split = split(text.value) else {
            decoder.problem("\(what) has an unclosed quote or a trailing backslash: `\(text.value)`", at: text.location)
            return nil
        }
        return ComposeCommand(form: .string, arguments: split.words, location: text.location, droppedText: split.dropped)
    }

    /// The words of a command line, and the text after a control operator; nil when a quote is left open.
    static func split(_ line: String) -> (words: [String], dropped: String?)? {
        var words: [String] = []
        var buffer = ""
        var hasWord = false
        var escaped = false
        var single = false
        var double = false
        var dropped: String?
        for (offset, character) in line.enumerated() {
            if escaped {
                buffer.append(character)
                escaped = false
                hasWord = true
                continue
            }
            if character == "\\" {
                if single { buffer.append(character) } else { escaped = true }
                continue
            }
            if character == " " || character == "\t" || character == "\n" || character == "\r" {
                if single || double {
                    buffer.append(character)
                } else if hasWord {
                    words.append(buffer)
                    buffer = ""
                    hasWord = false
                }
                continue
            }
            if character == "\"", !single {
                if double { hasWord = true }
                double.toggle()
                continue
            }
            if character == "'", !double {
                if single { hasWord = true }
                single.toggle()
                continue
            }
            if ";&|<>".contains(character), !single, !double {
                // `2>file`: the digits belong to the redirection, not to the command.
                if character == ">", !buffer.isEmpty, buffer.allSatisfy(\.isNumber) {
                    buffer = ""
                    hasWord = false
                }
                dropped = String(line.dropFirst(offset))
                break
            }
            buffer.append(character)
            hasWord = true
        }
        if hasWord { words.append(buffer) }
        guard !escaped, !single, !double else { return nil }
        return (words, dropped)
    }
}
