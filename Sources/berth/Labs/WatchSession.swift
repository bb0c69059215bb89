import BerthLabs
import Foundation

/// The loop behind `berth watch`: waits for a key or a settled save, and answers either.
struct WatchSession {
    private var session: WorkspaceSession
    private var focus: TaskManifest
    private var watcher: WorkspaceWatcher
    private let keyboard = KeyboardInput()
    /// Each check starts on a clean screen in a terminal; in a pipe, output just follows on.
    private let clearsScreen: Bool

    init(session: WorkspaceSession) throws {
        self.session = session
        focus = try session.task(named: nil)
        watcher = WorkspaceWatcher(root: session.workspace.root)
        clearsScreen = session.terminal.outputIsTerminal
    }

    mutating func run() throws {
        defer { keyboard.restore() }
        try checkFocus(after: [])
        var lastPoll = Date()
        while true {
            let wait = max(0, WorkspaceWatcher.pollInterval - Date().timeIntervalSince(lastPoll))
            if let key = keyboard.nextKey(timeout: wait) {
                guard try answer(key) else { return }
                continue
            }
            lastPoll = Date()
            if let changes = watcher.poll() { try checkFocus(after: changes) }
        }
    }

    /// Acts on a key; false when the student quits.
    private mutating func answer(_ key: UInt8) throws -> Bool {
        let style = session.style
        switch Character(Unicode.Scalar(key)) {
        case "q", "Q":
            show(style.dim("Stopped watching. Your progress is saved; `berth` shows where you are.") + "\n")
            return false
        case "n", "N":
            let order = session.lab.tasks.map(\.id)
            guard let index = order.firstIndex(of: focus.id), index + 1 < order.count,
                  let next = session.lab.task(id: order[index + 1]) else {
                show("\(focus.title) is the last task of \(session.lab.id).\n" + footer())
                return true
            }
            focus = next
            try checkFocus(after: [])
        case "h", "H":
            show("\n" + (try session.showNextHint(of: focus)) + footer())
        case "l", "L":
            show("\n" + LabStatusWriter(style: style).list(of: session.lab, progress: session.progress) + footer())
        case "c", "C":
            try checkEveryTask()
        default:
            break
        }
        return true
    }

    /// Checks the focused task on a fresh screen; a pass is recorded and the focus moves on.
    private mutating func checkFocus(after changes: [String]) throws {
        let style = session.style
        let result = TaskChecker(repository: session.workspace.repository).check(focus)
        var text = clearsScreen ? "\u{1B}[H\u{1B}[2J" : "\n"
        let done = session.lab.tasks.filter { session.progress.passed[$0.id] != nil }.count
        text += style.dim("berth watch · lab \(session.lab.id) · \(done) of \(session.lab.tasks.count) tasks done")
        if !changes.isEmpty {
            let shown = changes.prefix(3).joined(separator: ", ") + (changes.count > 3 ? " and \(changes.count - 3) more" : "")
            text += style.dim(" · saved \(shown)")
        }
        text += "\n\n" + TaskResultWriter(style: style).write(result) + "\n"
        if result.passed {
            try session.record([result])
            text += style.foreground(.green, "Task \(focus.id) passed: \(PointsFormat.text(result.points)) points.") + " "
            if let nextID = session.progress.currentTask(in: session.lab.tasks.map(\.id)), let next = session.lab.task(id: nextID) {
                focus = next
                text += "Next: \(style.bold(next.title)) (\(next.id)); read it with `berth show \(next.id)`. Watching it now.\n"
            } else {
                text += "Every task of \(session.lab.id) passed: "
                    + "\(PointsFormat.text(session.progress.points)) of \(PointsFormat.text(session.lab.maximumPoints)) points.\n"
            }
        } else {
            text += "Fix the ✗ lines and save; `h` shows a hint.\n"
        }
        show(text + footer())
    }

    /// Every task in order, a line each; passes are recorded and the focus goes to the first task not done.
    private mutating func checkEveryTask() throws {
        let style = session.style
        let checker = TaskChecker(repository: session.workspace.repository)
        var lines = [""]
        let results = session.lab.tasks.map(checker.check)
        try session.record(results)
        for (index, (task, result)) in zip(session.lab.tasks, results).enumerated() {
            let mark = result.passed ? style.foreground(.green, "✓") : style.foreground(.red, "✗")
            let points = "\(PointsFormat.text(result.points))/\(PointsFormat.text(result.maximumPoints))"
            lines.append("\(mark) \(index). \(task.id.padding(toLength: 16, withPad: " ", startingAt: 0)) \(points.padding(toLength: 8, withPad: " ", startingAt: 0)) \(task.title)")
        }
        if let nextID = session.progress.currentTask(in: session.lab.tasks.map(\.id)), let next = session.lab.task(id: nextID) {
            focus = next
            lines.append("Watching \(style.bold(next.title)) (\(next.id)) now.")
        }
        show(lines.joined(separator: "\n") + "\n" + footer())
    }

    private func footer() -> String {
        let keys = keyboard.isInteractive ? " · n next · h hint · l list · c check all · q quit" : " · Ctrl-C stops"
        return session.style.dim("Watching for saves in \(session.workspace.root)\(keys)") + "\n"
    }

    private func show(_ text: String) {
        // Unbuffered: a pipe must see each check as it happens, not when berth exits.
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
