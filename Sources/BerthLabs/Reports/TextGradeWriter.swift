import BerthTerminal

/// `berth grade` for a person: per repository, each task with its points and every check
/// ✓ or ✗, a failure with its reason, place and fix; for several, a closing table.
public struct TextGradeWriter: Sendable {
    public var style: TerminalStyle

    public init(style: TerminalStyle) {
        self.style = style
    }

    public func write(_ grades: [RepositoryGrade]) -> String {
        var blocks = grades.map(write)
        if grades.count > 1 { blocks.append(summary(of: grades)) }
        return blocks.joined(separator: "\n")
    }

    func write(_ grade: RepositoryGrade) -> String {
        guard let lab = grade.lab, grade.problem == nil else {
            return style.bold(grade.repository) + "  " + style.foreground(.red, "error") + ": \(grade.problem ?? "not graded")\n"
        }
        let guessed = grade.labSource == .guessed ? ", guessed from its files" : ""
        var lines = [style.bold(grade.repository) + style.dim("  lab \(lab.id)\(guessed), \(grade.mode.rawValue)")
                     + "  \(points(grade.score, of: grade.maximumScore)) points"]
        for task in grade.tasks {
            let mark = task.passed ? style.foreground(.green, "✓") : task.points > 0 ? style.foreground(.yellow, "◐") : style.foreground(.red, "✗")
            lines.append("  \(mark) \(task.taskID.padding(toLength: 18, withPad: " ", startingAt: 0)) "
                         + "\(points(task.points, of: task.maximumPoints).padding(toLength: 9, withPad: " ", startingAt: 0)) \(task.title)")
            for check in task.checks {
                lines += write(check)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func write(_ check: CheckResult) -> [String] {
        let score = points(check.points, of: check.maximumPoints)
        switch check.status {
        case .pass:
            return ["      \(style.foreground(.green, "✓")) \(check.id) \(style.dim(score))"]
        case .skipped:
            return ["      \(style.dim("-")) \(check.id) \(style.dim(score + " skipped: " + check.found))"]
        case .fail, .error:
            let place = check.location.map { style.bold($0.description) + ": " } ?? ""
            return ["      \(style.foreground(.red, "✗")) \(check.id) \(style.dim(score))  \(check.message)",
                    "          \(place)expected \(check.expected), found \(check.found)",
                    "          fix: \(check.fix)"]
        }
    }

    private func summary(of grades: [RepositoryGrade]) -> String {
        let width = min(48, grades.map(\.repository.count).max() ?? 0)
        var lines = [style.bold("Summary")]
        for grade in grades {
            let score = grade.problem == nil ? points(grade.score, of: grade.maximumScore) : "error"
            lines.append("  \(grade.repository.padding(toLength: width, withPad: " ", startingAt: 0))  \(score)")
        }
        let graded = grades.filter { $0.problem == nil }
        let errors = grades.count - graded.count
        lines.append("\(grades.count) repositories, \(graded.filter { $0.status == .pass }.count) with full marks"
                     + (errors > 0 ? ", \(errors) could not be graded" : ""))
        return lines.joined(separator: "\n") + "\n"
    }

    private func points(_ value: Double, of maximum: Double) -> String {
        "\(PointsFormat.text(value))/\(PointsFormat.text(maximum))"
    }
}
