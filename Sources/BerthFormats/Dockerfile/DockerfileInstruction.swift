/// One instruction (`RUN`, `COPY`, `FROM`, …) with its flags, words and here-documents,
/// each carrying the position it was written at. Typed views (`from`, `run`, `copy`, `user`,
/// …) live in the `DockerfileInstruction+*.swift` extensions.
public struct DockerfileInstruction: Hashable, Sendable {
    /// Exec form is a JSON array of strings run without a shell; shell form is text run by the SHELL.
    public enum Form: String, Hashable, Sendable {
        case shell, exec
    }

    /// The instruction's keyword, uppercased (`RUN`), whatever case it was written in.
    public var keyword: String
    /// Where the keyword starts.
    public var location: SourceLocation
    /// The last line the instruction spans, here-document bodies included.
    public var lastLine: Int
    /// Exec or shell form, for the instructions that accept a JSON array (RUN, CMD, ENTRYPOINT,
    /// SHELL, HEALTHCHECK, COPY, ADD, VOLUME); nil for the others.
    public var form: Form?
    public var flags: [DockerfileFlag]
    /// The words after the flags. A shell-form command is one word holding the whole command line;
    /// HEALTHCHECK's first word is `CMD` or `NONE`; ENV and LABEL hold `key=value` words
    /// (or, in the legacy `ENV KEY value` form, the key and the rest of the line).
    public var arguments: [DockerfileWord]
    public var heredocs: [DockerfileHeredoc]
    /// True when Docker substitutes ARG/ENV variables in this instruction, so `expanded` differs from `raw`.
    public var expandsVariables: Bool
    var triggers: [DockerfileInstruction]

    public init(keyword: String, location: SourceLocation, lastLine: Int, form: Form? = nil,
                flags: [DockerfileFlag] = [], arguments: [DockerfileWord] = [], heredocs: [DockerfileHeredoc] = [],
                expandsVariables: Bool = false, trigger: DockerfileInstruction? = nil) {
        self.keyword = keyword
        self.location = location
        self.lastLine = lastLine
        self.form = form
        self.flags = flags
        self.arguments = arguments
        self.heredocs = heredocs
        self.expandsVariables = expandsVariables
        self.triggers = trigger.map { [$0] } ?? []
    }

    /// The instruction ONBUILD registers (`ONBUILD RUN make` → the `RUN make` instruction).
    public var trigger: DockerfileInstruction? { triggers.first }

    /// The first flag called `name` (`flag("from")` for `--from=build`).
    public func flag(_ name: String) -> DockerfileFlag? {
        flags.first { $0.name == name }
    }

    /// Every flag called `name`, in order (`--mount` may be given several times).
    public func flags(_ name: String) -> [DockerfileFlag] {
        flags.filter { $0.name == name }
    }

    /// The words as written.
    public var rawArguments: [String] { arguments.map(\.raw) }

    /// The words as Docker uses them, variables substituted.
    public var expandedArguments: [String] { arguments.map(\.expanded) }

    /// The arguments joined by spaces, as written: the command line of a shell-form RUN or CMD.
    public var text: String { rawArguments.joined(separator: " ") }
}
