/// A summary for `$GITHUB_STEP_SUMMARY`: per repository its score, a table of tasks, and the
/// checks that failed with their reason, place and fix.
public struct MarkdownGradeWriter: Sendable {
    public init() {}

    public func write(_ grades: [RepositoryGrade]) -> String {
        var blocks: [String] = []
        if grades.count > 1 {
            var table = ["## berth grade: \(grades.count) repositories", "", "| repository | lab | score |", "|---|---|---:|"]
            for grade in grades {
                let score = grade.problem == nil ? "\(PointsFormat.text(grade.score)) / \(PointsFormat.text(grade.maximumScore))" : "error"
                table.append("| \(Self.cell(grade.repository)) | \(grade.lab?.id ?? "") | \(score) |")
            }
            blocks.append(table.joined(separator: "\n"))
        }
        blocks += grades.map(write)
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private func write(_ grade: RepositoryGrade) -> String {
        guard grade.problem == nil, let lab = grade.lab else {
            return "### ❗ `\(grade.repository)` could not be graded\n\n\(Self.cell(grade.problem ?? "not graded"))"
        }
        var lines = ["### \(Self.icon(grade.status)) `\(grade.repository)`: \(PointsFormat.text(grade.score)) of "
                     + "\(PointsFormat.text(grade.maximumScore)) points", "",
                     "Lab **\(lab.id)** (\(Self.cell(lab.title))), \(grade.mode.rawValue) checks.", "",
                     "| | task | points | checks passed |", "|---|---|---:|---:|"]
        for task in grade.tasks {
            let passed = task.checks.filter { $0.status == .pass }.count
            lines.append("| \(Self.icon(task.status)) | \(Self.cell(task.title)) (`\(task.taskID)`) | "
                         + "\(PointsFormat.text(task.points)) / \(PointsFormat.text(task.maximumPoints)) | \(passed) / \(task.checks.count) |")
        }
        let failed = grade.failedChecks
        if !failed.isEmpty {
            lines += ["", "<details><summary>\(failed.count) checks to fix</summary>", ""]
            for (task, check) in failed {
                let place = check.location.map { " at `\($0.description)`" } ?? ""
                lines.append("- **\(task.taskID) / \(check.id)**\(place): \(Self.cell(check.message)) "
                             + "Expected \(Self.cell(check.expected)), found \(Self.cell(check.found)). Fix: \(Self.cell(check.fix))")
            }
            lines += ["", "</details>"]
        }
        return lines.joined(separator: "\n")
    }

    static func icon(_ status: TaskResult.Status) -> String {
        switch status {
        case .pass: "✅"
        case .partial: "🟡"
        case .fail: "❌"
        case .skipped: "⏭️"
        case .error: "❗"
        }
    }

    /// Text that stays inside one table cell or list item: no line breaks, no bare `|`, no HTML.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "<", with: "&lt;")
    }
}
