/// One word of a shell command: quotes removed, escapes resolved, expansions kept as written.
public struct ShellWord: Hashable, Sendable {
    /// The word as the command receives it (`"$HOME"/x` reads `$HOME/x`).
    public var text: String
    /// False when the word holds an expansion (`$VAR`, `$(…)`, backticks) whose value is unknown here.
    public var isLiteral: Bool
    public var location: SourceLocation

    public init(text: String, isLiteral: Bool, location: SourceLocation) {
        self.text = text
        self.isLiteral = isLiteral
        self.location = location
    }
}

/// One simple command of a RUN's shell script (`apt-get install -y curl`), with where it is.
///
/// Found by a small shell reader: commands joined by `;`, `&&`, `||`, `|`, newlines, inside
/// `if`/`for`/`case`/subshells and `$(…)` are all listed, in order; variable assignments and
/// redirections are left out. Commands whose name is itself an expansion (`$CC -o x`) are
/// skipped, since their program is unknown until the build.
public struct ShellCommand: Hashable, Sendable {
    /// The program (`apt-get`), as written.
    public var name: String
    public var nameLocation: SourceLocation
    /// The words after the name, redirections left out.
    public var arguments: [ShellWord]

    public init(name: String, nameLocation: SourceLocation, arguments: [ShellWord]) {
        self.name = name
        self.nameLocation = nameLocation
        self.arguments = arguments
    }

    /// The program's base name (`/usr/bin/pip3` → `pip3`).
    public var program: String {
        name.split(separator: "/").last.map(String.init) ?? name
    }

    /// Whether any argument is exactly `text`.
    public func hasArgument(_ text: String) -> Bool {
        arguments.contains { $0.text == text }
    }

    /// The first argument that is exactly `text`.
    public func argument(_ text: String) -> ShellWord? {
        arguments.first { $0.text == text }
    }

    /// Option names, hadolint-style: `-yq` gives `y` and `q`, `--yes` and `--yes=1` give `yes`.
    public var flags: [String] {
        arguments.flatMap { word -> [String] in
            let text = word.text
            if text == "-" || text == "--" || !text.hasPrefix("-") { return [] }
            if text.hasPrefix("--") { return [String(text.dropFirst(2).prefix { $0 != "=" })] }
            return text.dropFirst().map { String($0) }
        }
    }

    /// Whether any of `names` is given as an option (see `flags`).
    public func hasFlag(_ names: String...) -> Bool {
        let given = Set(flags)
        return names.contains { given.contains($0) }
    }

    /// The arguments that are not options (`apt-get -y install curl` → `install`, `curl`).
    public var operands: [ShellWord] {
        arguments.filter { !$0.text.hasPrefix("-") }
    }

    /// `apt-get install`, `npm ci`, `pip install`: the command's first operand is `subcommand`.
    public func runs(_ program: String, _ subcommand: String? = nil) -> Bool {
        guard self.program == program else { return false }
        guard let subcommand else { return true }
        return operands.first?.text == subcommand
    }
}
