import BerthFormats

/// `kind: dockerfile-run`: one RUN instruction runs each of the listed commands, in order, as
/// separate commands of its shell chain (`apt-get update && apt-get upgrade -y`). Each item is
/// a command prefix matched as `ShellCommandPattern` says: options may come in any order and
/// `-y`, `--yes` and `--assume-yes` are one option of apt-get.
///
/// ```yaml
/// kind: dockerfile-run
/// path: first-image/Dockerfile
/// commands: ["apt-get update", "apt-get upgrade -y"]
/// stage: any              # any (default) | final | first | a stage name
/// ```
public struct DockerfileRunCheck: StaticCheck {
    public static let kind = "dockerfile-run"

    public var path: String
    var commands: [ShellCommandPattern]
    var stage: DockerfileStageSelector

    public init?(_ fields: inout ManifestFields) {
        let path = fields.string("path", "the Dockerfile's path in the repository")
        let written = fields.strings("commands")
        if written.isEmpty {
            fields.invalid(fields.node["commands"] ?? fields.node, "\(fields.subject) needs `commands:` (the commands one RUN must run, in order)")
        }
        commands = written.compactMap { ShellCommandPattern($0, key: "commands", fields: &fields) }
        stage = DockerfileStageSelector(&fields, default: .any)
        guard let path, !written.isEmpty, commands.count == written.count else { return nil }
        self.path = path
    }

    public func evaluate(in repository: StudentRepository) -> CheckOutcome {
        DockerfileDocument.evaluate(path, in: repository, expected: expectedText(phrase: "")) { document in
            let expected = expectedText(phrase: stage.phrase(in: document.dockerfile))
            return stage.evaluate(document, expected: expected) { stages in
                evaluate(stages.flatMap { $0.instructions("RUN") }, stages: stages, in: document, expected: expected)
            }
        }
    }

    private func evaluate(_ runs: [DockerfileInstruction], stages: [DockerfileStage],
                          in document: DockerfileDocument, expected: String) -> CheckOutcome {
        guard let firstRun = runs.first else {
            return .fail(at: stages.last?.fromInstruction.location, expected: expected,
                         found: "no RUN instruction in \(document.dockerfile.label(of: stages))")
        }
        if let run = runs.first(where: { matchedInOrder($0.shellCommands) == commands.count }) {
            return .pass(at: run.location, expected: expected, found: document.quoteWithLine(run))
        }
        // Where each asked command is, if anywhere: the first RUN that has it.
        let homes = commands.map { pattern in runs.first { $0.shellCommands.contains(where: pattern.matches) } }
        if let missing = homes.firstIndex(where: { $0 == nil }) {
            return missingCommand(commands[missing], runs: runs, fallback: homes.compactMap { $0 }.first ?? firstRun,
                                  in: document, expected: expected)
        }
        let placed = Array(zip(commands, homes.compactMap { $0 }))
        if let together = runs.first(where: { run in commands.allSatisfy { run.shellCommands.contains(where: $0.matches) } }) {
            let order = commands.map { "`\($0.text)`" }.joined(separator: ", then ")
            return .fail(at: together.location, expected: expected,
                         found: "\(document.quoteWithLine(together)) runs them in another order: \(order) is the order asked")
        }
        let parts = placed.enumerated().map { index, pair in
            "`\(pair.0.text)` \(index == 0 ? "is " : "")in the RUN at line \(pair.1.location.line)"
        }
        return .fail(at: placed.first?.1.location, expected: expected,
                     found: parts.dropLast().joined(separator: ", ") + " and " + (parts.last ?? "") + ": \(Self.whyTogether(commands))")
    }

    /// Why splitting these commands over several RUNs is wrong, in the terms of what they do.
    static func whyTogether(_ commands: [ShellCommandPattern]) -> String {
        let words = commands.map { $0.text.split(separator: " ").prefix(2).joined(separator: " ") }
        let updates = ["apt-get update", "apt update", "apk update"]
        if words.dropFirst().contains(where: { $0 == "rm -rf" || $0 == "rm -r" }) {
            return "what the earlier RUN wrote stays in its layer, so deleting it in a later one makes the image no smaller"
        }
        return updates.contains(words[0])
            ? "the layer with the update is cached on its own, so a later install reads a stale package list"
            : "each RUN is its own layer, cached apart from the others"
    }

    /// How many of the asked commands `run` runs in order, each after the previous one.
    private func matchedInOrder(_ run: [ShellCommand]) -> Int {
        var remaining = run[...]
        var count = 0
        for pattern in commands {
            guard let found = remaining.firstIndex(where: pattern.matches) else { break }
            remaining = remaining[(found + 1)...]
            count += 1
        }
        return count
    }

    /// An asked command no RUN runs: a near miss (`apt-get upgrade` without `-y`) is named.
    private func missingCommand(_ pattern: ShellCommandPattern, runs: [DockerfileInstruction],
                                fallback: DockerfileInstruction, in document: DockerfileDocument,
                                expected: String) -> CheckOutcome {
        for run in runs {
            for command in run.shellCommands {
                guard let missing = pattern.missingParts(of: command), !missing.isEmpty else { continue }
                let lacking = missing.map { "`\($0)`" }.joined(separator: " and ")
                let hint = missing.contains(where: { ["-y", "--yes", "--assume-yes"].contains($0) })
                    ? ": without it the command asks for confirmation, which a build cannot give" : ""
                return .fail(at: command.nameLocation, expected: expected,
                             found: "\(command.quoted) in the RUN at line \(run.location.line) has no \(lacking)\(hint)")
            }
        }
        let typographic = runs.first { TypographicQuotes.find(in: $0.text) != nil }
        if let run = typographic, let marks = TypographicQuotes.find(in: run.text) {
            return .fail(at: run.location, expected: expected, found: TypographicQuotes.message(marks, in: document.quote(run)))
        }
        return .fail(at: fallback.location, expected: expected, found: "no RUN runs `\(pattern.text)`")
    }

    private func expectedText(phrase: String) -> String {
        let listed = commands.map { "`\($0.text)`" }
        let joined = listed.count == 1 ? listed[0] : listed.dropLast().joined(separator: ", ") + " and " + (listed.last ?? "")
        return listed.count == 1 ? "a RUN that runs \(joined)\(phrase)" : "one RUN that runs \(joined), in this order\(phrase)"
    }
}
