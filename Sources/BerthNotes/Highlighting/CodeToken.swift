/// What a piece of code is, as far as light highlighting cares.
enum CodeTokenKind: Sendable, Hashable {
    case plain
    case comment
    /// Language keywords, nginx directives, Dockerfile instructions, YAML literals.
    case keyword
    /// The command a shell line runs.
    case command
    case string
    case number
    /// `$host`, `${VAR}`, `$1`, YAML anchors and aliases.
    case variable
    /// A YAML mapping key or a JSON object key.
    case key
    /// A shell prompt in a console transcript.
    case prompt
}

/// A piece of one line of code. The tokens of a line, joined, are the line exactly.
struct CodeToken: Sendable, Hashable {
    var kind: CodeTokenKind
    var text: Substring
}

/// Highlights one language, a line at a time; state such as an open block comment or a
/// line continuation carries over to the next line.
protocol LanguageHighlighter: Sendable {
    mutating func tokens(in line: Substring) -> [CodeToken]
}

/// The highlighter for a fence's language, by any of its usual names.
struct CodeHighlighter: Sendable {
    private var language: any LanguageHighlighter

    /// Nil for a language without a highlighter, whose code is shown as written.
    init?(language name: String) {
        switch name.lowercased() {
        case "yaml", "yml": language = YAMLHighlighter()
        case "nginx": language = NginxHighlighter()
        case "dockerfile", "docker", "containerfile": language = DockerfileHighlighter()
        case "sh", "shell", "bash", "zsh": language = ShellHighlighter()
        case "console", "shell-session", "terminal": language = ShellHighlighter(transcript: true)
        case "swift": language = SwiftHighlighter()
        case "json", "jsonc": language = JSONHighlighter()
        case "python", "py", "python3": language = PythonHighlighter()
        default: return nil
        }
    }

    mutating func tokens(in line: Substring) -> [CodeToken] {
        language.tokens(in: line)
    }
}
