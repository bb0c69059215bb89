import BerthFormats
import BerthLint
import BerthTestSupport
import Foundation
import XCTest

/// The compose rule set as a whole, and the helpers every BL2xx test uses.
final class ComposeRulesTests: XCTestCase {
    func testCheckRunsEveryRuleAndSortsFindings() {
        let compose = ComposeFile.parse(SourceText(path: "compose.yaml", text: """
            version: "3.8"
            services:
              db:
                image: postgres
            """))
        XCTAssertEqual(ComposeRules.check(compose).map { "\($0.location.line):\($0.ruleID)" },
                       ["1:BL200", "4:BL201", "4:BL205"])
    }
}

extension XCTestCase {
    /// Runs `rule` over the marked compose text and asserts it finds exactly the marked
    /// positions (1️⃣, 2️⃣, …), each message containing `message` when given.
    func assertCompose(_ rule: any ComposeRule.Type, finds marked: String, context: LintContext = LintContext(),
                       message: String? = nil, file: StaticString = #filePath, line: UInt = #line) {
        let source = MarkedSource(marked)
        let compose = ComposeFile.parse(SourceText(path: "compose.yaml", text: source.text))
        XCTAssertEqual(compose.errors.filter { $0.severity == .error }, [], "the example does not parse", file: file, line: line)
        let findings = rule.check(compose, in: context).sorted(by: Finding.outputOrder)
        let expected = MarkedSource.markers.compactMap { source.positions[$0] }
            .sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        XCTAssertEqual(findings.map { "\($0.location.line):\($0.location.column)" }, expected.map { "\($0.line):\($0.column)" },
                       "\(rule.id) found: \(findings.map(\.message))", file: file, line: line)
        for finding in findings {
            XCTAssertEqual(finding.ruleID, rule.id, file: file, line: line)
            XCTAssertEqual(finding.severity, rule.severity, file: file, line: line)
            XCTAssertEqual(finding.location.file, "compose.yaml", file: file, line: line)
            XCTAssertEqual(finding.note, rule.note, file: file, line: line)
            if let message {
                XCTAssertTrue(finding.message.contains(message), finding.message, file: file, line: line)
            }
        }
    }

    /// Asserts `rule` finds nothing in `text`.
    func assertCompose(_ rule: any ComposeRule.Type, findsNothingIn text: String, context: LintContext = LintContext(),
                       file: StaticString = #filePath, line: UInt = #line) {
        assertCompose(rule, finds: text, context: context, file: file, line: line)
    }
}
