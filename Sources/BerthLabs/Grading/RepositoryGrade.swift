/// One repository's grade: the lab it was graded against and every task's result, or the
/// reason it could not be graded (an `error` row that never stops a batch).
public struct RepositoryGrade: Sendable {
    public enum Mode: String, Sendable {
        /// The files only, parsed and never run: safe on any submission.
        case `static`
        /// The static checks, then the stack built, started and probed through Docker.
        case live
    }

    /// How the lab was chosen: reports print a guess so an instructor can correct it.
    public enum LabSource: Sendable, Equatable {
        case named
        case progressFile
        case guessed
    }

    /// The repository as the grader was given it.
    public var repository: String
    public var lab: LabManifest?
    public var labSource: LabSource?
    public var mode: Mode
    public var tasks: [TaskResult]
    /// Why the repository could not be graded; nil when it was.
    public var problem: String?

    public init(repository: String, lab: LabManifest, labSource: LabSource, mode: Mode, tasks: [TaskResult]) {
        self.repository = repository
        self.lab = lab
        self.labSource = labSource
        self.mode = mode
        self.tasks = tasks
        problem = nil
    }

    public init(repository: String, lab: LabManifest?, mode: Mode, problem: String) {
        self.repository = repository
        self.lab = lab
        labSource = nil
        self.mode = mode
        tasks = []
        self.problem = problem
    }

    public var score: Double { tasks.reduce(0) { $0 + $1.points } }
    /// The points of the checks that ran (live checks count only in live mode).
    public var maximumScore: Double {
        guard tasks.isEmpty else { return tasks.reduce(0) { $0 + $1.maximumPoints } }
        return (mode == .live ? lab?.maximumPoints : lab?.staticPoints) ?? 0
    }

    public var status: TaskResult.Status {
        if problem != nil { return .error }
        if !tasks.isEmpty && tasks.allSatisfy(\.passed) { return .pass }
        return score > 0 ? .partial : .fail
    }

    /// Every check that did not pass.
    public var failedChecks: [(task: TaskResult, check: CheckResult)] {
        tasks.flatMap { task in task.checks.filter { $0.status != .pass }.map { (task, $0) } }
    }
}
