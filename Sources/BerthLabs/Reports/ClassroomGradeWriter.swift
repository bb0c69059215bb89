import BerthFormats
import Foundation

/// What GitHub Classroom's grading reporter reads from a runner: base64 of
/// `{"version":1,"status","max_score","tests":[{"name","status","score","message","line_no","filename"}]}`.
/// A test per check, each with its own points, so the classroom gets partial credit per check
/// instead of all or nothing. One line per repository.
public struct ClassroomGradeWriter: Sendable {
    public init() {}

    public func write(_ grades: [RepositoryGrade]) -> String {
        grades.map { Data(result(for: $0).serialized().utf8).base64EncodedString() + "\n" }.joined()
    }

    /// The decoded result of one repository.
    func result(for grade: RepositoryGrade) -> JSONValue {
        let status: String
        switch grade.status {
        case .pass: status = "pass"
        case .error: status = "error"
        default: status = "fail"
        }
        var tests: [JSONValue] = grade.tasks.flatMap { task in
            task.checks.map { check in
                let message = check.status == .pass ? check.message
                    : "\(check.message) Expected \(check.expected), found \(check.found). Fix: \(check.fix)"
                return JSONValue.object([
                    ("name", .string("\(task.taskID) / \(check.id)")),
                    ("status", .string(check.status == .pass ? "pass" : check.status == .error ? "error" : "fail")),
                    ("score", JSONGradeWriter.number(check.points)),
                    ("max_score", JSONGradeWriter.number(check.maximumPoints)),
                    ("message", .string(message)),
                    ("test_code", .string("berth check \(task.taskID)")),
                    ("filename", .string(check.location?.file ?? "")),
                    ("line_no", .int(check.location?.line ?? 0)),
                    ("execution_time", .string("0s")),
                ])
            }
        }
        if let problem = grade.problem {
            tests = [.object([("name", .string("grade the repository")), ("status", .string("error")), ("score", .int(0)),
                              ("message", .string(problem)), ("test_code", .string("berth grade")),
                              ("filename", .string("")), ("line_no", .int(0)), ("execution_time", .string("0s"))])]
        }
        return .object([
            ("version", .int(1)),
            ("status", .string(status)),
            ("max_score", JSONGradeWriter.number(grade.maximumScore)),
            ("tests", .array(tests)),
        ])
    }
}
