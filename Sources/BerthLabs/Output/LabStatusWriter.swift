import BerthTerminal
import Foundation

/// Where a student is in a lab (`berth` with no arguments) and every task's state (`berth list`).
public struct LabStatusWriter: Sendable {
    public var style: TerminalStyle

    public init(style: TerminalStyle) {
        self.style = style
    }

    /// The lab, the current task, a progress bar, the points so far, and the next command.
    public func status(of lab: LabManifest, progress: LabProgress) -> String {
        let order = lab.tasks.map(\.id)
        let done = lab.tasks.filter { progress.passed[$0.id] != nil }.count
        var lines = [style.bold(lab.title) + style.dim("  (lab \(lab.id))")]
        lines.append("\(bar(done: done, total: lab.tasks.count))  \(done)/\(lab.tasks.count) tasks, "
                     + "\(PointsFormat.text(progress.points)) of \(PointsFormat.text(lab.maximumPoints)) points")
        if let currentID = progress.currentTask(in: order), let task = lab.task(id: currentID) {
            let number = (order.firstIndex(of: currentID) ?? 0)
            lines.append("Current task: \(style.bold("\(number). \(task.title)")) (\(task.id), \(PointsFormat.text(task.points)) points)")
            lines.append("")
            lines.append("Next: \(style.bold("berth show")) to read it, \(style.bold("berth check")) when you are done, "
                         + "\(style.bold("berth hint")) if you are stuck.")
        } else {
            lines.append("")
            lines.append(style.foreground(.green, "Every task passed.") + " `berth grade .` gives the full report.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every task with done, current or pending, and its points.
    public func list(of lab: LabManifest, progress: LabProgress) -> String {
        let current = progress.currentTask(in: lab.tasks.map(\.id))
        var lines: [String] = []
        for (index, task) in lab.tasks.enumerated() {
            let state: String
            if let record = progress.passed[task.id] {
                state = style.foreground(.green, "done   ") + " \(PointsFormat.text(record.points))/\(PointsFormat.text(task.points))"
            } else if task.id == current {
                state = style.foreground(.yellow, "current") + " 0/\(PointsFormat.text(task.points))"
            } else {
                state = style.dim("pending") + " 0/\(PointsFormat.text(task.points))"
            }
            let number = String(index).count < 2 ? " \(index)" : String(index)
            let title = task.id == current ? style.bold(task.title) : task.title
            lines.append("\(number). \(state.padding(toVisible: 14, style: style))  \(task.id.padding(toLength: 16, withPad: " ", startingAt: 0)) \(title)")
        }
        lines.append("")
        lines.append("\(PointsFormat.text(progress.points)) of \(PointsFormat.text(lab.maximumPoints)) points")
        return lines.joined(separator: "\n") + "\n"
    }

    private func bar(done: Int, total: Int) -> String {
        let width = 24
        let filled = total == 0 ? 0 : done * width / total
        return "[" + style.foreground(.green, String(repeating: "#", count: filled))
            + String(repeating: "-", count: width - filled) + "]"
    }
}

extension String {
    /// Pads to `width` visible characters, ignoring the escape sequences `style` adds.
    func padding(toVisible width: Int, style: TerminalStyle) -> String {
        let visible = replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression).count
        return self + String(repeating: " ", count: max(0, width - visible))
    }
}
