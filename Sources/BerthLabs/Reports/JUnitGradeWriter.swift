/// JUnit XML as CI systems read it: a testsuite per task of each repository, a testcase per
/// check; a failed check is a `failure` with its message, and its file:line in the text.
public struct JUnitGradeWriter: Sendable {
    public init() {}

    public func write(_ grades: [RepositoryGrade]) -> String {
        var suites: [String] = []
        var totals = (tests: 0, failures: 0, errors: 0, skipped: 0)
        for grade in grades {
            let prefix = grades.count > 1 ? grade.repository + ": " : ""
            guard grade.problem == nil, let lab = grade.lab else {
                totals.tests += 1
                totals.errors += 1
                suites.append("""
                      <testsuite name="\(Self.escaped(prefix + "repository"))" tests="1" failures="0" errors="1" skipped="0">
                        <testcase name="read" classname="\(Self.escaped(grade.lab?.id ?? "berth"))">
                          <error message="\(Self.escaped(grade.problem ?? "not graded"))"/>
                        </testcase>
                      </testsuite>
                    """)
                continue
            }
            for task in grade.tasks {
                let failures = task.checks.filter { $0.status == .fail }.count
                let errors = task.checks.filter { $0.status == .error }.count
                let skipped = task.checks.filter { $0.status == .skipped }.count
                totals = (totals.tests + task.checks.count, totals.failures + failures, totals.errors + errors, totals.skipped + skipped)
                let cases = task.checks.map { testcase($0, classname: "\(lab.id).\(task.taskID)") }.joined(separator: "\n")
                suites.append("""
                      <testsuite name="\(Self.escaped(prefix + task.taskID))" tests="\(task.checks.count)" failures="\(failures)" errors="\(errors)" skipped="\(skipped)">
                        <properties>
                          <property name="title" value="\(Self.escaped(task.title))"/>
                          <property name="score" value="\(PointsFormat.text(task.points))"/>
                          <property name="max_score" value="\(PointsFormat.text(task.maximumPoints))"/>
                        </properties>
                    \(cases)
                      </testsuite>
                    """)
            }
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="berth grade" tests="\(totals.tests)" failures="\(totals.failures)" errors="\(totals.errors)" skipped="\(totals.skipped)">
            \(suites.joined(separator: "\n"))
            </testsuites>

            """
    }

    private func testcase(_ check: CheckResult, classname: String) -> String {
        var attributes = "name=\"\(Self.escaped(check.id))\" classname=\"\(Self.escaped(classname))\""
        if let location = check.location { attributes += " file=\"\(Self.escaped(location.file))\" line=\"\(location.line)\"" }
        switch check.status {
        case .pass:
            return "    <testcase \(attributes)/>"
        case .skipped:
            return "    <testcase \(attributes)>\n      <skipped message=\"\(Self.escaped(check.found))\"/>\n    </testcase>"
        case .fail, .error:
            let element = check.status == .fail ? "failure" : "error"
            let place = check.location.map { "\($0.description): " } ?? ""
            let text = "\(place)expected \(check.expected), found \(check.found)\nfix: \(check.fix)"
            return "    <testcase \(attributes)>\n      <\(element) message=\"\(Self.escaped(check.message))\" type=\"\(element)\">"
                + "\(Self.escaped(text))</\(element)>\n    </testcase>"
        }
    }

    /// Text safe in XML attributes and content; control characters XML 1.0 cannot hold are dropped.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n": result += "&#10;"
            case "\t", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
