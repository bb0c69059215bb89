import BerthFormats
import BerthLint
import Foundation

/// SARIF 2.1.0 for code scanning: a run per repository, a rule per check of its lab
/// (`task/check`), and a result for every check that did not pass, at the place it looked.
public struct SARIFGradeWriter: Sendable {
    public var version: String

    public init(version: String) {
        self.version = version
    }

    public func write(_ grades: [RepositoryGrade]) -> String {
        let runs = grades.map { grade -> SARIFLog.Run in
            let tasks = grade.lab?.tasks ?? []
            let rules = tasks.flatMap { task in
                task.checks.map { spec in
                    SARIFLog.Rule(id: "\(task.id)/\(spec.id)", summary: spec.message,
                                  description: "\(task.title): \(spec.message) (\(PointsFormat.text(spec.points)) points)",
                                  help: spec.fix + ((spec.note ?? task.notes.first).map { "\nRead: berth notes \($0)" } ?? ""),
                                  level: "error", tags: [task.id])
                }
            }
            var results = grade.failedChecks.map { task, check in
                SARIFLog.Result(ruleID: "\(task.taskID)/\(check.id)", level: check.status == .skipped ? "note" : "error",
                                message: "\(check.message) Expected \(check.expected), found \(check.found). Fix: \(check.fix)",
                                location: check.location ?? SourceLocation(file: ".", line: 1, column: 1))
            }
            if let problem = grade.problem {
                results = [SARIFLog.Result(ruleID: "repository", level: "error", message: problem,
                                           location: SourceLocation(file: ".", line: 1, column: 1))]
            }
            let root = URL(fileURLWithPath: grade.repository).standardizedFileURL.path
            return SARIFLog.Run(rules: rules, results: results, sourceRoot: SARIFLog.folderURI(root))
        }
        return SARIFLog(version: version, runs: runs).serialized()
    }
}
