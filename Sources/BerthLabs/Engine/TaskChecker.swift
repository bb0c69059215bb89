/// Runs a task's checks against a student's repository: the static ones always, the live
/// ones when a running session is given and the task's static checks all passed (a stack
/// whose files are wrong is not worth building). Prints nothing.
public struct TaskChecker: Sendable {
    public var repository: StudentRepository
    /// The stack the live checks probe; nil reads the files only and leaves live checks out.
    public var live: LiveSession?

    public init(repository: StudentRepository, live: LiveSession? = nil) {
        self.repository = repository
        self.live = live
    }

    public func check(_ task: TaskManifest) -> TaskResult {
        let note = { (spec: CheckSpec) in spec.note ?? task.notes.first }
        var results: [String: CheckResult] = [:]
        for spec in task.checks {
            if case .static(let check) = spec.check {
                results[spec.id] = CheckResult(spec: spec, outcome: check.evaluate(in: repository), note: note(spec))
            }
        }
        let failed = task.checks.compactMap { results[$0.id] }.filter { $0.status != .pass }.map(\.id)
        var leftOut: [CheckSpec] = []
        for spec in task.checks {
            guard case .live(let check) = spec.check else { continue }
            guard let live else {
                leftOut.append(spec)
                continue
            }
            let outcome = failed.isEmpty
                ? check.evaluate(on: live)
                : CheckOutcome(.skipped, at: nil, expected: "the task's file checks to pass first",
                               found: "not run: \(failed.joined(separator: ", ")) failed, so the stack was not started")
            results[spec.id] = CheckResult(spec: spec, outcome: outcome, note: note(spec))
        }
        let ordered = task.checks.compactMap { results[$0.id] }
        let leftOutPoints = leftOut.reduce(0) { $0 + $1.points }
        return TaskResult(taskID: task.id, title: task.title, checks: ordered, maximumPoints: task.points - leftOutPoints,
                          liveChecksLeftOut: leftOut.count, liveLeftOutPoints: leftOutPoints)
    }
}
