/// A gradebook (RFC 4180): a row per repository, a column per task with its points, the
/// total and the maximum. Tasks are the columns of the labs graded, in lab order.
public struct CSVGradeWriter: Sendable {
    public init() {}

    public func write(_ grades: [RepositoryGrade]) -> String {
        // Labs can share task ids (`compose`): a gradebook of several labs names columns `lab/task`.
        let labs = Set(grades.compactMap { $0.lab?.id })
        let column = { (lab: String, task: String) in labs.count > 1 ? "\(lab)/\(task)" : task }
        var columns: [String] = []
        for grade in grades {
            guard let lab = grade.lab else { continue }
            for task in lab.tasks where !columns.contains(column(lab.id, task.id)) { columns.append(column(lab.id, task.id)) }
        }
        var rows = [["repo", "lab", "status"] + columns + ["score", "max_score"]]
        for grade in grades {
            let labID = grade.lab?.id ?? ""
            let points = Dictionary(grade.tasks.map { (column(labID, $0.taskID), PointsFormat.text($0.points)) },
                                    uniquingKeysWith: { first, _ in first })
            let score = grade.problem == nil ? PointsFormat.text(grade.score) : ""
            rows.append([grade.repository, labID, grade.status.rawValue] + columns.map { points[$0] ?? "" }
                        + [score, PointsFormat.text(grade.maximumScore)])
        }
        return rows.map { $0.map(Self.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// Quoted when it holds a comma, a quote or a line break; a leading `=`, `+`, `-` or `@`
    /// is prefixed with `'` so a spreadsheet never runs a repository name as a formula.
    static func field(_ value: String) -> String {
        var text = value
        if let first = text.first, "=+-@".contains(first) { text = "'" + text }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
