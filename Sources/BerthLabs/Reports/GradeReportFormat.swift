/// The formats `berth grade` writes.
public enum GradeReportFormat: String, Sendable, CaseIterable {
    /// Per repository, a table of tasks with ✓/✗ per check, reasons and fixes.
    case text
    /// DESIGN's stable shape: an object per repository, an array for several.
    case json
    /// JUnit XML: a testsuite per task, a testcase per check.
    case junit
    /// A summary for `$GITHUB_STEP_SUMMARY`.
    case markdown
    /// What GitHub Classroom's grading reporter reads: base64 of its JSON, a line per repository.
    case classroom
    /// A gradebook: a row per repository, a column per task, and the total.
    case csv
    /// SARIF 2.1.0: failed checks as code-scanning results, a run per repository.
    case sarif
}
