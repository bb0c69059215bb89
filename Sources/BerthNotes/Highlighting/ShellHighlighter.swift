/// Highlights POSIX shell and bash: comments, strings, variables, keywords and the
/// command each line (or each part of a pipeline) runs.
///
/// As a console transcript, only lines after a `$ ` or `% ` prompt are commands; the
/// other lines are the commands' output and stay plain.
struct ShellHighlighter: LanguageHighlighter {
    static let keywords: Set<Substring> = [
        "if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac",
        "in", "function", "select", "time", "!", "{", "}", "[[", "]]",
    ]
    /// Keywords after which the next word is again a command.
    private static let commandPrefixes: Set<Substring> = ["if", "then", "else", "elif", "while", "until", "do", "!", "time", "{"]
    private static let prompts: [Substring] = ["$ ", "% "]

    var transcript = false
    /// The previous line ended with `\`, so this one continues its command.
    private var continues = false
    private var openQuote: Character?

    init(transcript: Bool = false) {
        self.transcript = transcript
    }

    mutating func tokens(in line: Substring) -> [CodeToken] {
        var scanner = CodeScanner(line)
        var commandPosition = !continues
        if let quote = openQuote {
            openQuote = scanner.continueString(quote: quote, escapes: quote == "\"")
            commandPosition = false
        } else if transcript, !continues {
            guard let prompt = Self.prompts.first(where: { line.hasPrefix($0) }) ?? (line == "$" ? "$" : nil) else {
                scanner.emitRest(.plain)
                return scanner.tokens
            }
            scanner.advance(.prompt, count: prompt.count)
        }
        scanCommands(&scanner, commandPosition: commandPosition)
        continues = openQuote == nil && scanner.line.last == "\\"
        return scanner.tokens
    }

    private mutating func scanCommands(_ scanner: inout CodeScanner, commandPosition start: Bool) {
        var commandPosition = start
        while openQuote == nil, let character = scanner.current {
            if scanner.scanWhitespace() { continue }
            if character == "#", scanner.atWordStart {
                scanner.emitRest(.comment)
            } else if character == "'" || character == "\"" {
                openQuote = scanner.scanString(character, escapes: character == "\"").open
                commandPosition = false
            } else if character == "$", scanner.peek(1) == "(" {
                scanner.advance(.plain, count: 2)
                commandPosition = true
            } else if scanner.scanVariable() {
                commandPosition = false
            } else if ";|&(".contains(character) {
                scanner.advance(.plain)
                commandPosition = true
            } else if Self.breaksWord(character) {
                scanner.advance(.plain)
            } else if !commandPosition, scanner.scanNumber() {
                continue
            } else {
                scanWord(&scanner, commandPosition: &commandPosition)
            }
        }
    }

    private func scanWord(_ scanner: inout CodeScanner, commandPosition: inout Bool) {
        let word = scanner.word(breakingAt: Self.breaksWord)
        let end = word.endIndex
        guard commandPosition else {
            scanner.emit(word == "in" ? .keyword : .plain, upTo: end)
            return
        }
        if Self.keywords.contains(word) {
            scanner.emit(.keyword, upTo: end)
            commandPosition = Self.commandPrefixes.contains(word)
        } else if let equals = word.firstIndex(of: "="), equals > word.startIndex,
                  word[..<equals].allSatisfy(CodeScanner.isIdentifier) {
            // `NAME=value command`: an assignment, after which a command may still follow.
            scanner.emit(.variable, upTo: equals)
            scanner.emit(.plain, upTo: end)
        } else {
            scanner.emit(.command, upTo: end)
            commandPosition = false
        }
    }

    private static func breaksWord(_ character: Character) -> Bool {
        " \t;|&()<>\"'`$".contains(character)
    }
}
