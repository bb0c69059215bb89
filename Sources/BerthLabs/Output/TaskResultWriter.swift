import BerthTerminal

/// A task's checks as `berth check` prints them: ✓ or ✗ per check; for a failure the place
/// it looked at, what it expected and found, the fix and the note; then the points.
public struct TaskResultWriter: Sendable {
    public var style: TerminalStyle

    public init(style: TerminalStyle) {
        self.style = style
    }

    public func write(_ result: TaskResult) -> String {
        var lines = [style.bold("\(result.title) (\(result.taskID))")]
        for check in result.checks {
            lines += write(check)
        }
        let passed = result.checks.filter { $0.status == .pass }.count
        lines.append("")
        lines.append("\(passed) of \(result.checks.count) checks passed, "
                     + "\(PointsFormat.text(result.points)) of \(PointsFormat.text(result.maximumPoints)) points")
        if result.liveChecksLeftOut > 0 {
            let count = result.liveChecksLeftOut
            lines.append(style.dim("\(count) live check\(count == 1 ? "" : "s") (\(PointsFormat.text(result.liveLeftOutPoints)) points) "
                                   + "build and run your stack: berth check --live"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    func write(_ check: CheckResult) -> [String] {
        switch check.status {
        case .pass:
            return ["  \(style.foreground(.green, "✓")) \(check.id)  \(style.dim(check.found))"]
        case .skipped:
            return ["  \(style.dim("-")) \(check.id)  \(style.dim("skipped: \(check.found)"))"]
        case .fail, .error:
            var lines = ["  \(style.foreground(.red, "✗")) \(style.bold(check.id))  \(check.message)"]
            let place = check.location.map { style.bold($0.description) + ": " } ?? ""
            lines.append("      \(place)expected \(check.expected), found \(check.found)")
            lines.append("      fix: \(check.fix)")
            if let note = check.note { lines.append(style.dim("      read: berth notes \(note)")) }
            return lines
        }
    }
}

/// Points as reports show them: `5`, `2.5`.
public enum PointsFormat {
    public static func text(_ points: Double) -> String {
        let hundredths = (points * 100).rounded() / 100
        return hundredths == hundredths.rounded() ? String(Int(hundredths)) : String(hundredths)
    }
}
