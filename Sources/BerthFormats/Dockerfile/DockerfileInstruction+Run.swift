/// RUN's parts: its commands, mounts and script, for checks such as "`apt-get update` and
/// `install` run in the same layer".
public struct RunInstruction: Hashable, Sendable {
    /// The simple commands, from the command line and from here-documents that are scripts.
    public var commands: [ShellCommand]
    /// `--mount=type=cache,target=…` and the other mounts.
    public var mounts: [RunMount]
    public var form: DockerfileInstruction.Form
    /// The position of the RUN keyword.
    public var location: SourceLocation

    /// The first command running `program` (with `subcommand` as its first operand, when given).
    public func command(_ program: String, _ subcommand: String? = nil) -> ShellCommand? {
        commands.first { $0.runs(program, subcommand) }
    }

    /// Whether some command runs `program` (with `subcommand` as its first operand, when given).
    public func runs(_ program: String, _ subcommand: String? = nil) -> Bool {
        command(program, subcommand) != nil
    }
}

/// One `--mount` of a RUN (`type=cache,target=/root/.cache`).
public struct RunMount: Hashable, Sendable {
    /// `bind` unless written otherwise, as Docker assumes.
    public var type: String
    /// `target=`, `dst=` or `destination=`.
    public var target: String?
    /// Every `key=value` option as written, in order.
    public var options: [(key: String, value: String)]
    public var location: SourceLocation

    init(_ flag: DockerfileFlag) {
        location = flag.location
        options = (flag.value?.expanded ?? "").split(separator: ",").map { field in
            let parts = field.split(separator: "=", maxSplits: 1)
            return (String(parts.first ?? ""), parts.count > 1 ? String(parts[1]) : "")
        }
        type = options.first { $0.key == "type" }?.value ?? "bind"
        target = options.first { ["target", "dst", "destination"].contains($0.key) }?.value
    }

    public static func == (lhs: RunMount, rhs: RunMount) -> Bool {
        lhs.location == rhs.location && lhs.type == rhs.type && lhs.target == rhs.target
            && lhs.options.map(\.key) == rhs.options.map(\.key) && lhs.options.map(\.value) == rhs.options.map(\.value)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(location)
        hasher.combine(options.map(\.key))
        hasher.combine(options.map(\.value))
    }
}

extension DockerfileInstruction {
    /// RUN's commands and mounts; nil for other instructions.
    public var run: RunInstruction? {
        guard keyword == "RUN" else { return nil }
        return RunInstruction(commands: shellCommands, mounts: flags("mount").map(RunMount.init),
                              form: form ?? .shell, location: location)
    }

    /// The simple commands an instruction runs: RUN's (exec form: the array is one command;
    /// shell form: the command line, plus each here-document the shell runs as a script).
    public var shellCommands: [ShellCommand] {
        if form == .exec {
            guard let name = arguments.first else { return [] }
            let words = arguments.dropFirst().map { ShellWord(text: $0.raw, isLiteral: true, location: $0.location) }
            return [ShellCommand(name: name.raw, nameLocation: name.location, arguments: words)]
        }
        guard let line = arguments.first else { return [] }
        let scalars = Array(line.raw.unicodeScalars)
        var commands = ShellCommandSplitter.split(scalars) { line.location(offset: $0) }
        for heredoc in heredocs where heredocIsScript(heredoc, commandLine: commands) {
            let body = Array(heredoc.content.unicodeScalars)
            var lineStarts = [0]
            for (offset, scalar) in body.enumerated() where scalar == "\n" { lineStarts.append(offset + 1) }
            let file = location.file
            let firstLine = heredoc.contentLine
            commands += ShellCommandSplitter.split(body) { offset in
                let index = max(0, lineStarts.partitioningIndex { $0 > offset } - 1)
                return SourceLocation(file: file, line: firstLine + index, column: offset - lineStarts[index] + 1)
            }
        }
        return commands
    }

    /// A here-document is a script when it is the whole command (`RUN <<EOF`) or is fed to a shell
    /// (`RUN bash <<EOF`); otherwise it is data for the command (`RUN cat <<EOF > /etc/x`).
    private func heredocIsScript(_ heredoc: DockerfileHeredoc, commandLine: [ShellCommand]) -> Bool {
        guard keyword == "RUN" else { return false }
        guard let first = commandLine.first else { return true }
        let shells: Set<String> = ["sh", "bash", "ash", "dash", "zsh", "ksh"]
        return commandLine.count == 1 && shells.contains(first.program) && !first.hasArgument("-c")
    }
}
