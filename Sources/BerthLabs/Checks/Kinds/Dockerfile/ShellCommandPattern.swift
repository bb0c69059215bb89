import BerthFormats

/// A command as a lab asks for it (`apt-get upgrade -y`), matched against one simple command
/// of a RUN, split the way the parser splits the student's:
/// - the same program (`/usr/bin/apt-get` is `apt-get`);
/// - the pattern's other words that are not options appear among the command's, in the same
///   order, the first one first (`apt-get install curl` matches `apt-get install -y git curl`);
/// - each of the pattern's options is given somewhere (`-y` matches `-qy` and `-y` after the
///   package names); for apt-get and apt, `-y`, `--yes` and `--assume-yes` are one option.
struct ShellCommandPattern: Sendable, Equatable {
    /// The pattern as written in `lab.yaml`.
    let text: String
    private let command: ShellCommand

    init(text: String, command: ShellCommand) {
        self.text = text
        self.command = command
    }

    /// Reads `text` as exactly one command; `nil` with a problem in `fields` otherwise.
    init?(_ text: String, key: String, fields: inout ManifestFields) {
        let problem: String
        switch DockerfileSnippet.commands(text) {
        case .success(let commands) where commands.count == 1:
            self.init(text: text, command: commands[0])
            return
        case .success(let commands):
            problem = commands.isEmpty ? "`\(key):` of \(fields.subject) needs a command, not `\(text)`"
                : "`\(text)` in `\(key):` of \(fields.subject) holds \(commands.count) commands; give each as its own item"
        case .failure(let snippet):
            problem = "`\(key):` of \(fields.subject): \(snippet.message)"
        }
        if let node = fields.node[key] { fields.invalid(node, problem) }
        return nil
    }

    func matches(_ candidate: ShellCommand) -> Bool {
        missingParts(of: candidate)?.isEmpty ?? false
    }

    /// The pattern's words `candidate` lacks (`["-y"]` for `apt-get upgrade`), or nil when it runs
    /// another program or another subcommand, and so is not a near miss at all.
    func missingParts(of candidate: ShellCommand) -> [String]? {
        guard candidate.program == command.program else { return nil }
        let wanted = command.operands.map(\.text)
        var given = candidate.operands.map(\.text)[...]
        if let first = wanted.first, given.first != first { return nil }
        var missing: [String] = []
        for word in wanted {
            if let found = given.firstIndex(of: word) {
                given = given[(found + 1)...]
            } else {
                missing.append(word)
            }
        }
        let options = Set(candidate.flags.map(canonical))
        for word in command.arguments where word.text.hasPrefix("-") {
            let flags = ShellCommand(name: command.name, nameLocation: command.nameLocation, arguments: [word]).flags
            if !flags.allSatisfy({ options.contains(canonical($0)) }) { missing.append(word.text) }
        }
        return missing
    }

    /// Options that mean the same to the program, folded to one name.
    private func canonical(_ flag: String) -> String {
        if ["apt-get", "apt"].contains(command.program), ["y", "yes", "assume-yes"].contains(flag) { return "y" }
        return flag
    }
}

extension ShellCommand {
    /// The command as the shell hands it over, quotes removed: `apt-get upgrade -y`.
    var words: [String] { [name] + arguments.map(\.text) }

    /// `` `apt-get upgrade -y` `` for messages.
    var quoted: String { "`\(words.joined(separator: " "))`" }
}
