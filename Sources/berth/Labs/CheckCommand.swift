import ArgumentParser
import BerthLabs
import Foundation

/// `berth check`: runs a task's checks and records the task when they pass.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a task: ✓ or ✗ per check, what was expected and found, and the fix.",
        discussion: """
        Reads your files (nothing is run or changed) and checks the current task, or the \
        one you name. When every check passes, the task is recorded with its points and \
        berth names the next one.

        With --live, berth also builds and starts your stack through Docker (its own \
        compose project, removed afterwards) and probes it as a user would: the page \
        answers, requests spread over the replicas, a burst gets 429s, TLS 1.1 is refused. \
        Live checks run only when the task's file checks pass.

        Exit status: 0 when every check passed, 1 when one failed, 2 for bad usage, 3 when \
        --live finds no Docker engine or Compose v2 (berth doctor says what is missing).

        Examples:
          berth check           the current task
          berth check proxy     one task by id
          berth check --all     every task, from the first
          berth check --live    the current task, files and running stack
        """
    )

    @Argument(help: ArgumentHelp("The task: its id or number; the current task by default.", valueName: "task"))
    var task: String?

    @Flag(name: .long, help: "Check every task of the lab, in order.")
    var all = false

    @Flag(name: .long, help: "Also build, start and probe your stack through Docker (Compose v2).")
    var live = false

    @OptionGroup var labsOptions: LabsOptions
    @OptionGroup var colorOptions: ColorOptions

    func validate() throws {
        if all && task != nil { throw ValidationError("Give a task or --all, not both. Try: berth check --all") }
    }

    func run() throws {
        var session = try WorkspaceSession.open(labsOptions: labsOptions, colorOptions: colorOptions)
        let tasks = all ? session.lab.tasks : [try session.task(named: task)]
        let liveRun = live ? try LiveRun(environment: ProcessInfo.processInfo.environment) : nil
        let liveSession = liveRun?.session(repository: session.workspace.root,
                                           purpose: "\(session.lab.id)-\(all ? "all" : tasks[0].id)")
        let results: [TaskResult]
        do {
            defer {
                liveSession?.tearDown()
                liveRun?.finish()
            }
            let checker = TaskChecker(repository: session.workspace.repository, live: liveSession)
            results = tasks.map(checker.check)
        }
        if liveRun?.wasInterrupted == true {
            throw CommandFailure("interrupted; the containers, networks, volumes and images of the run were removed", exitCode: 130)
        }
        let writer = TaskResultWriter(style: session.style)
        print(results.map(writer.write).joined(separator: "\n"), terminator: "")
        try session.record(results)
        let failed = results.filter { !$0.passed }.count
        print("")
        print(nextStep(session: session, tasks: tasks, failed: failed))
        if failed > 0 { throw ExitCode(CommandFailure.checkFailed) }
    }

    private func nextStep(session: WorkspaceSession, tasks: [TaskManifest], failed: Int) -> String {
        let style = session.style
        if failed > 0 {
            let hint = tasks.count == 1 ? " `berth hint \(tasks[0].id)` if you are stuck." : ""
            return style.foreground(.red, "\(failed) of \(tasks.count) tasks not done yet.") + " Fix the ✗ lines and run it again;\(hint)"
        }
        guard let next = session.progress.currentTask(in: session.lab.tasks.map(\.id)), let task = session.lab.task(id: next) else {
            return style.foreground(.green, "Every task of \(session.lab.id) passed: \(PointsFormat.text(session.progress.points)) of \(PointsFormat.text(session.lab.maximumPoints)) points.")
        }
        let passed = tasks.count == 1 ? "Task \(tasks[0].id) passed. " : ""
        return style.foreground(.green, passed) + "Next: \(style.bold(task.title)) (\(task.id)): berth show"
    }
}
