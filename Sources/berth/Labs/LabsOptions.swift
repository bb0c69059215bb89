import ArgumentParser
import BerthFormats
import BerthLabs
import BerthTerminal
import Foundation

/// `--labs`, shared by every command that reads labs.
struct LabsOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Read labs from DIR instead of the bundled ones (or set BERTH_LABS).", valueName: "dir"))
    var labs: String?

    /// The lab library: `--labs`, then BERTH_LABS, then the labs berth ships with.
    func library(environment: [String: String]) throws -> LabLibrary {
        let content = BundledContent(executablePath: BundledContent.currentExecutablePath)
        return LabLibrary(directory: try content.folder("labs", override: labs ?? environment["BERTH_LABS"]))
    }
}

/// What a workspace command works with, opened once at the top of `run()`.
struct WorkspaceSession {
    var workspace: StudentWorkspace
    var progress: LabProgress
    var terminal: Terminal
    var style: TerminalStyle

    static func open(labsOptions: LabsOptions, colorOptions: ColorOptions) throws -> WorkspaceSession {
        let environment = ProcessInfo.processInfo.environment
        let terminal = Terminal.current(environment: environment)
        let library = try labsOptions.library(environment: environment)
        do {
            let (workspace, loaded) = try StudentWorkspace.open(from: FileManager.default.currentDirectoryPath, library: library)
            let color = colorOptions.usesColor(in: terminal)
            return WorkspaceSession(workspace: workspace, progress: loaded.progress ?? LabProgress(lab: workspace.lab.id),
                                    terminal: terminal, style: TerminalStyle(color: color, hyperlinks: color))
        } catch {
            throw CommandFailure(error.description)
        }
    }

    var lab: LabManifest { workspace.lab.manifest }

    /// The task a command names (`3`, `cors`, or a near miss), or the current one.
    func task(named name: String?) throws -> TaskManifest {
        guard let name else {
            let id = progress.currentTask(in: lab.tasks.map(\.id)) ?? lab.tasks.last?.id
            guard let id, let task = lab.task(id: id) else { throw CommandFailure("lab `\(lab.id)` has no tasks") }
            return task
        }
        if let number = Int(name), lab.tasks.indices.contains(number) { return lab.tasks[number] }
        if let task = lab.task(id: name) { return task }
        let ids = lab.tasks.map(\.id)
        let hint = NameSuggestion.closest(to: name, among: ids).map { " Did you mean `\($0)`?" } ?? ""
        throw CommandFailure("lab `\(lab.id)` has no task `\(name)`.\(hint) `berth list` shows them all.")
    }

    /// Applies `change` to the stored progress and keeps the result.
    mutating func updateProgress(_ change: (inout LabProgress) -> Void) throws {
        do {
            let result = try workspace.store.update(lab: lab.id, change)
            if let aside = result.setAside {
                writeError("berth: the unreadable progress file was kept as \(aside.path); starting afresh")
            }
            progress = result.progress ?? progress
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// Records the passed tasks among `results` with their points, in one write; failed ones change nothing.
    mutating func record(_ results: [TaskResult]) throws {
        let passed = results.filter(\.passed)
        guard !passed.isEmpty else { return }
        let now = Date()
        try updateProgress { progress in
            for result in passed {
                progress.passed[result.taskID] = LabProgress.TaskRecord(points: result.points, passedAt: now)
            }
        }
    }

    /// The hints of `task` shown so far and one more, remembering how many were shown.
    mutating func showNextHint(of task: TaskManifest) throws -> String {
        let shown = progress.hintsShown[task.id] ?? 0
        let count = HintWriter.count(after: shown, of: task)
        if count > shown {
            try updateProgress { $0.hintsShown[task.id] = count }
        }
        return HintWriter(style: style).hints(of: task, count: count, shownBefore: shown)
    }
}
