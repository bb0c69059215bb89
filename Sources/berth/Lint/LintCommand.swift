import ArgumentParser
import BerthFormats
import BerthLint
import BerthNotes
import Foundation

/// `berth lint`: the analyzers on their own, for any repository.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check Dockerfiles, compose files and nginx configs for mistakes, with the fix for each.",
        discussion: """
        Finds every Dockerfile, compose file and nginx config under the paths (the current \
        directory by default), reads each the way Docker, Compose and nginx do, and runs \
        berth's rules over the whole repository at once: the nginx rules know the compose \
        service names, the compose rules know which service is the proxy.

        Silence one finding with a comment on the line above it: # berth-ignore BL110
        Configure a repository in .berth.yaml:
          lint:
            ignore: [BL110]
            severity: {BL201: error}
            failure-threshold: error

        Exit status: 0 when no finding reaches the failure threshold (warning unless \
        configured), 1 when one does, 2 for bad usage or a broken .berth.yaml.

        Examples:
          berth lint                         lint the current directory
          berth lint proxy/ compose.yaml     lint some paths only
          berth lint --format sarif > berth.sarif
          berth lint --explain BL306         why a rule exists and how to fix it
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif
    }

    @Argument(help: ArgumentHelp("Files or folders to lint.", valueName: "path"))
    var paths: [String] = []

    @Option(name: .long, help: "Output format: text, json, or sarif (for GitHub code scanning).")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp(
        "The least severe finding that fails the run: error, warning, info, style or none.", valueName: "severity"))
    var failureThreshold: String?

    @Option(name: .long, help: ArgumentHelp("Read settings from FILE instead of .berth.yaml.", valueName: "file"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("Explain a rule: why it exists, the fix, and the note to read.",
                                            valueName: "rule"))
    var explain: String?

    @Flag(name: .long, help: "List every rule with its id, severity and summary.")
    var listRules = false

    @OptionGroup var colorOptions: ColorOptions

    func validate() throws {
        if let failureThreshold, LintConfiguration.threshold(named: failureThreshold) == nil {
            throw ValidationError("--failure-threshold is one of error, warning, info, style, none (got \(failureThreshold)).")
        }
        if (explain != nil || listRules) && !paths.isEmpty {
            throw ValidationError("--explain and --list-rules take no paths.")
        }
    }

    func run() throws {
        let terminal = Terminal.current(environment: ProcessInfo.processInfo.environment)
        let style = TerminalStyle(color: colorOptions.usesColor(in: terminal), hyperlinks: false)
        if let explain { return try explainRule(explain, style: style, width: min(terminal.columns ?? 80, 100)) }
        if listRules { return print(RuleListWriter(style: style).write(RuleRegistry.descriptions), terminator: "") }

        let targets = paths.isEmpty ? ["."] : paths
        for path in targets where !FileManager.default.fileExists(atPath: path) {
            throw CommandFailure("\(path) does not exist; give files or folders of the repository to lint")
        }
        let root = try ReadingScope.root(for: targets)
        let reader = SourceReader(root: root)
        var configuration = try loadConfiguration(root: root, targets: targets)
        if let failureThreshold, let threshold = LintConfiguration.threshold(named: failureThreshold) {
            configuration.failureThreshold = threshold
        }
        let linter = Linter(reader: reader, configuration: configuration,
                            environment: ProcessInfo.processInfo.environment)
        let report = linter.lint(targets.map(ReadingScope.absolutePath))
        switch format {
        case .text: print(TextFindingWriter(style: style).write(report), terminator: "")
        case .json: print(JSONFindingWriter().write(report))
        case .sarif: print(SARIFWriter(version: BerthVersion.current, rules: RuleRegistry.descriptions).write(report))
        }
        if let threshold = configuration.failureThreshold, report.fails(at: threshold) {
            throw ExitCode(CommandFailure.checkFailed)
        }
    }

    /// `--config FILE`, else `.berth.yaml` in the one folder given, else in the root.
    private func loadConfiguration(root: String, targets: [String]) throws -> LintConfiguration {
        let candidates: [String]
        if let config {
            guard FileManager.default.fileExists(atPath: config) else {
                throw CommandFailure("no settings file at \(config)")
            }
            candidates = [ReadingScope.absolutePath(config)]
        } else {
            var folder: ObjCBool = false
            let single = targets.count == 1 ? ReadingScope.absolutePath(targets[0]) : nil
            let inFolder = single.flatMap { FileManager.default.fileExists(atPath: $0, isDirectory: &folder) && folder.boolValue
                ? $0 + "/" + LintConfiguration.fileName : nil }
            candidates = [inFolder, root + "/" + LintConfiguration.fileName].compactMap { $0 }
        }
        guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            return LintConfiguration()
        }
        let (configuration, problems) = LintConfiguration.load(path: path, reader: SourceReader(root: root))
        for problem in problems { writeError(problem.description) }
        if problems.contains(where: { $0.severity == .error }) {
            throw CommandFailure("\(LintConfiguration.fileName) has errors (above); correct them and run again")
        }
        return configuration
    }

    private func explainRule(_ id: String, style: TerminalStyle, width: Int) throws {
        guard let rule = RuleRegistry.rule(id: id) else {
            let hint = RuleRegistry.suggestions(for: id).first.map { " Did you mean \($0)?" } ?? ""
            throw CommandFailure("no rule is called \(id).\(hint) List them with: berth lint --list-rules")
        }
        let description = RuleDescription(rule)
        let content = BundledContent(executablePath: BundledContent.currentExecutablePath)
        let note = (try? content.folder("notes", override: ProcessInfo.processInfo.environment["BERTH_NOTES"]))
            .flatMap { try? NoteLibrary(directory: $0) }?.notes.first { $0.topic == description.note }
        let title = note.map { "\($0.title): \($0.summary)" }
        print(RuleExplanationWriter(style: style, width: width).write(description, noteTitle: title), terminator: "")
    }
}
