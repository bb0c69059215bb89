import BerthFormats

/// `berth grade --format json`, exactly the shape DESIGN.md gives: an object per repository,
/// an array of them for several.
public struct JSONGradeWriter: Sendable {
    public init() {}

    public func write(_ grades: [RepositoryGrade], asArray: Bool) -> String {
        let values = grades.map(json)
        let document = asArray || values.count != 1 ? JSONValue.array(values) : values[0]
        return document.serialized(pretty: true) + "\n"
    }

    func json(_ grade: RepositoryGrade) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("lab", grade.lab.map { .string($0.id) } ?? .null),
            ("repo", .string(grade.repository)),
            ("mode", .string(grade.mode.rawValue)),
            ("score", Self.number(grade.score)),
            ("max_score", Self.number(grade.maximumScore)),
            ("status", .string(grade.status.rawValue)),
        ]
        if let problem = grade.problem { members.append(("error", .string(problem))) }
        members.append(("tasks", .array(grade.tasks.map(json))))
        return .object(members)
    }

    private func json(_ task: TaskResult) -> JSONValue {
        .object([
            ("id", .string(task.taskID)),
            ("title", .string(task.title)),
            ("score", Self.number(task.points)),
            ("max_score", Self.number(task.maximumPoints)),
            ("status", .string(task.status.rawValue)),
            ("checks", .array(task.checks.map(json))),
        ])
    }

    private func json(_ check: CheckResult) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(check.id)),
            ("status", .string(check.status.rawValue)),
            ("points", Self.number(check.points)),
            ("max_points", Self.number(check.maximumPoints)),
            ("message", .string(check.message)),
        ]
        if check.status != .pass {
            members += [("expected", .string(check.expected)), ("found", .string(check.found)), ("fix", .string(check.fix))]
        }
        members += [
            ("file", check.location.map { .string($0.file) } ?? .null),
            ("line", check.location.map { .int($0.line) } ?? .null),
            ("column", check.location.map { .int($0.column) } ?? .null),
        ]
        return .object(members)
    }

    /// Whole points as integers (`2`, not `2.0`), others to two decimals.
    static func number(_ value: Double) -> JSONValue {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? .int(Int(rounded)) : .double(rounded)
    }
}
