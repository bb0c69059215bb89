import Foundation

/// A student's progress through one lab, as `.berth/state.json` keeps it: which tasks
/// passed (with their points and when), and how many hints of each task were shown.
public struct LabProgress: Codable, Sendable, Equatable {
    public static let schemaVersion = 1

    public struct TaskRecord: Codable, Sendable, Equatable {
        public var points: Double
        public var passedAt: Date

        public init(points: Double, passedAt: Date) {
            self.points = points
            self.passedAt = passedAt
        }

        enum CodingKeys: String, CodingKey {
            case points
            case passedAt = "passed_at"
        }
    }

    public var schema: Int
    public var lab: String
    /// Tasks that passed, by id.
    public var passed: [String: TaskRecord]
    /// Hints shown so far, by task id.
    public var hintsShown: [String: Int]

    public init(lab: String) {
        schema = Self.schemaVersion
        self.lab = lab
        passed = [:]
        hintsShown = [:]
    }

    enum CodingKeys: String, CodingKey {
        case schema, lab, passed
        case hintsShown = "hints_shown"
    }

    /// The first task in `order` that has not passed; nil when every task has.
    public func currentTask(in order: [String]) -> String? {
        order.first { passed[$0] == nil }
    }

    public var points: Double { passed.values.reduce(0) { $0 + $1.points } }
}
