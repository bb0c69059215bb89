/// A task's checks and the points they add up to.
public struct TaskResult: Sendable {
    public enum Status: String, Sendable {
        case pass, fail, partial, skipped, error
    }

    public var taskID: String
    public var title: String
    public var checks: [CheckResult]
    /// The points of the checks that ran: the task's points less its live checks' without `--live`.
    public var maximumPoints: Double
    /// Live checks not run because only the files were checked, and their points.
    public var liveChecksLeftOut: Int
    public var liveLeftOutPoints: Double

    public init(taskID: String, title: String, checks: [CheckResult], maximumPoints: Double,
                liveChecksLeftOut: Int = 0, liveLeftOutPoints: Double = 0) {
        self.taskID = taskID
        self.title = title
        self.checks = checks
        self.maximumPoints = maximumPoints
        self.liveChecksLeftOut = liveChecksLeftOut
        self.liveLeftOutPoints = liveLeftOutPoints
    }

    /// The points earned, with partial credit per check.
    public var points: Double { checks.reduce(0) { $0 + $1.points } }

    /// Every check passed.
    public var passed: Bool { !checks.isEmpty && checks.allSatisfy { $0.status == .pass } }

    public var status: Status {
        if passed { return .pass }
        if checks.contains(where: { $0.status == .error }) { return .error }
        if !checks.isEmpty && checks.allSatisfy({ $0.status == .skipped }) { return .skipped }
        return points > 0 ? .partial : .fail
    }
}
