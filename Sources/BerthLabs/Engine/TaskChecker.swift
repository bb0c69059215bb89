/// Runs a task's checks against a student's repository. Pure: reads the repository,
/// returns values, prints nothing.
public struct TaskChecker: Sendable {
    public var repository: StudentRepository

    public init(repository: StudentRepository) {
        self.repository = repository
    }

    public func check(_ task: TaskManifest) -> TaskResult {
        let results = task.checks.map { spec in
            CheckResult(spec: spec, outcome: spec.check.evaluate(in: repository), note: spec.note ?? task.notes.first)
        }
        return TaskResult(taskID: task.id, title: task.title, checks: results, maximumPoints: task.points)
    }
}
