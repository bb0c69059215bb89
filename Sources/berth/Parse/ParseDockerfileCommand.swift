import ArgumentParser
import BerthFormats
import BerthLint

/// `berth parse dockerfile FILE`: shows how berth reads a Dockerfile.
struct ParseDockerfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dockerfile",
        abstract: "Show how berth reads a Dockerfile: stages, instructions and their positions.",
        discussion: """
        Prints each build stage and instruction with the line and column it was read from. \
        With --json it prints the parsed model (stages, instructions with flags, exec or \
        shell form, here-documents, words as written and with ARG/ENV substituted) and the \
        parse errors; with --lint as well, a "findings" member lists what the Dockerfile \
        rules (BL100-BL1xx) flag.

        Exit status: 0 when the file parsed cleanly, 1 when it has errors (the output is \
        still printed), 2 when it cannot be read.

        Examples:
          berth parse dockerfile backend/Dockerfile
          berth parse dockerfile Dockerfile --json --lint
        """
    )

    @Argument(help: ArgumentHelp("The Dockerfile to read.", valueName: "file"))
    var file: String

    @Flag(name: .long, help: "Print the parsed Dockerfile as JSON.")
    var json = false

    @Flag(name: .long, help: "Also run the Dockerfile rules (adds \"findings\" to the JSON).")
    var lint = false

    func run() throws {
        let (root, path) = ReadingScope.root(for: file)
        let dockerfile = Dockerfile.load(path: path, reader: SourceReader(root: root))
        for problem in dockerfile.errors { writeError(problem.description) }
        let unreadable: Set<ParseError.Kind> = [.unreadable, .tooLarge, .outsideRepository]
        if dockerfile.errors.contains(where: { unreadable.contains($0.kind) }) { throw ExitCode(CommandFailure.badInput) }
        let findings = lint ? DockerfileRules.check(dockerfile) : []
        if json {
            var output = dockerfile.json()
            if lint, case .object(var members) = output {
                members.append(("findings", .array(findings.map { finding in
                    .object([
                        ("rule", .string(finding.ruleID)), ("line", .int(finding.location.line)),
                        ("column", .int(finding.location.column)), ("severity", .string(finding.severity.rawValue)),
                        ("message", .string(finding.message)),
                    ])
                })))
                output = .object(members)
            }
            print(output.serialized(pretty: true))
        } else {
            print(dockerfile.outline())
            for finding in findings {
                print("\(finding.location): \(finding.severity.rawValue): [\(finding.ruleID)] \(finding.message)")
                print("    fix: \(finding.fix) (berth notes \(finding.note))")
            }
        }
        if !dockerfile.isValid { throw ExitCode(CommandFailure.checkFailed) }
    }
}
