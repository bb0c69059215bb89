/// Finds the simple commands of a shell script (a RUN line or a here-document used as one):
/// it walks `ShellLexer`'s tokens, steps over `if`/`for`/`while`/`case` syntax, assignments,
/// redirections, function headers and here-document bodies, and descends into `$(…)`.
struct ShellCommandSplitter {
    /// Command substitutions nested deeper than this are not searched, so hostile input stays cheap.
    static let maximumDepth = 32

    private static let reservedWords: Set<String> = [
        "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}", "time", "in",
    ]

    private var lexer: ShellLexer
    private let locate: (Int) -> SourceLocation
    private let depth: Int
    private var commands: [ShellCommand] = []
    /// Commands found inside the current command's `$(…)`, listed after it.
    private var innerCommands: [ShellCommand] = []
    private var words: [ShellWord] = []
    private var redirectPending = false
    private var heredocPending: Bool?
    private var heredocs: [(name: String, stripsTabs: Bool)] = []
    /// `for NAME in …` and `select` headers: words up to the next separator are not a command.
    private var skippingHeader = false
    private var skipWords = 0
    /// `case` nesting; the top is true while reading patterns (up to the `)`).
    private var cases: [Bool] = []
    private var inCondition = false

    private init(scalars: [Unicode.Scalar], range: Range<Int>, locate: @escaping (Int) -> SourceLocation, depth: Int) {
        lexer = ShellLexer(scalars: scalars, range: range, locate: locate)
        self.locate = locate
        self.depth = depth
    }

    /// The commands of `scalars[range]`, `locate` giving the file position of an offset.
    static func split(_ scalars: [Unicode.Scalar], range: Range<Int>? = nil,
                      locate: @escaping (Int) -> SourceLocation) -> [ShellCommand] {
        var splitter = ShellCommandSplitter(scalars: scalars, range: range ?? 0..<scalars.count, locate: locate, depth: 0)
        splitter.run()
        return splitter.commands
    }

    private mutating func run() {
        while true {
            let token = lexer.next()
            switch token {
            case .end:
                finishCommand()
                return
            case .newline:
                finishCommand()
                skippingHeader = false
                if !heredocs.isEmpty {
                    lexer.skipHeredocBodies(heredocs)
                    heredocs = []
                }
            case .operator_(let op):
                handle(op)
            case .word(let word, let assignment):
                handle(word, assignment: assignment)
            }
            searchSubstitutions()
        }
    }

    private mutating func handle(_ op: String) {
        switch op {
        case "<<", "<<-":
            redirectPending = true
            heredocPending = op == "<<-"
        case "<", ">", ">>", "<&", ">&", ">|", "<>", "&>", "&>>", "<<<":
            redirectPending = true
        case ")" where cases.last == true:
            cases[cases.count - 1] = false
        case ";;", ";&", ";;&":
            finishCommand()
            if !cases.isEmpty { cases[cases.count - 1] = true }
        case "(" where words.count == 1:
            // `name() { … }` defines a function: the name is not a command.
            words = []
        default:
            finishCommand()
            skippingHeader = false
        }
    }

    private mutating func handle(_ word: ShellWord, assignment: Bool) {
        if redirectPending {
            redirectPending = false
            if let stripsTabs = heredocPending { heredocs.append((word.text, stripsTabs)) }
            heredocPending = nil
            return
        }
        if skipWords > 0 { skipWords -= 1; return }
        if inCondition {
            if word.text == "]]" { inCondition = false }
            return
        }
        guard words.isEmpty else {
            words.append(word)
            return
        }
        if skippingHeader || assignment { return }
        if cases.last == true {
            if word.text == "esac" { cases.removeLast() }
            return
        }
        switch word.text {
        case "for", "select":
            skippingHeader = true
        case "case":
            cases.append(true)
            skipWords = 2
        case "esac":
            if !cases.isEmpty { cases.removeLast() }
        case "function":
            skipWords = 1
        case "[[":
            inCondition = true
        case _ where ShellCommandSplitter.reservedWords.contains(word.text):
            break
        default:
            words.append(word)
        }
    }

    private mutating func finishCommand() {
        if let name = words.first, name.isLiteral {
            commands.append(ShellCommand(name: name.text, nameLocation: name.location, arguments: Array(words.dropFirst())))
        }
        commands.append(contentsOf: innerCommands)
        words = []
        innerCommands = []
    }

    /// Collects the commands inside `$(…)` and backticks met so far.
    private mutating func searchSubstitutions() {
        guard !lexer.substitutions.isEmpty else { return }
        let found = lexer.substitutions
        lexer.clearSubstitutions()
        guard depth < ShellCommandSplitter.maximumDepth else { return }
        for range in found {
            var inner = ShellCommandSplitter(scalars: lexer.scalars, range: range, locate: locate, depth: depth + 1)
            inner.run()
            innerCommands.append(contentsOf: inner.commands)
        }
    }
}
