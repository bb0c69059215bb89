import BerthFormats
import BerthLint
import BerthTestSupport
import XCTest

/// The nginx rule set as a whole, and the helpers every BL3xx test uses.
final class NginxRulesTests: XCTestCase {
    func testCheckSortsFindings() {
        let config = NginxConfig.parse(SourceText(path: "nginx.conf", text: "server_tokens on;\nserver { ssl_protocols TLSv1; }\n"),
                                       context: .http)
        XCTAssertEqual(NginxRules.check(config).map(\.ruleID), ["BL312", "BL304"])
    }
}

extension XCTestCase {
    /// Runs `rule` over the marked nginx text (read in `context`) and asserts it finds
    /// exactly the marked positions, each message containing `message` when given.
    func assertNginx(_ rule: any NginxRule.Type, finds marked: String, context: NginxContext = .http,
                     lint: LintContext = LintContext(), message: String? = nil,
                     file: StaticString = #filePath, line: UInt = #line) {
        let (findings, source) = nginxFindings(rule, marked, context: context, lint: lint, file: file, line: line)
        let expected = MarkedSource.markers.compactMap { source.positions[$0] }.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
        XCTAssertEqual(findings.map { "\($0.location.line):\($0.location.column)" },
                       expected.map { "\($0.line):\($0.column)" }, file: file, line: line)
        for finding in findings {
            XCTAssertEqual(finding.ruleID, rule.id, file: file, line: line)
            XCTAssertEqual(finding.severity, rule.severity, file: file, line: line)
            if let message {
                XCTAssertTrue(finding.message.contains(message), finding.message, file: file, line: line)
            }
        }
    }

    /// What `rule` finds in the marked text, in output order, and the text's markers.
    func nginxFindings(_ rule: any NginxRule.Type, _ marked: String, context: NginxContext = .http,
                       lint: LintContext = LintContext(), file: StaticString = #filePath,
                       line: UInt = #line) -> (findings: [Finding], source: MarkedSource) {
        let source = MarkedSource(marked)
        let config = NginxConfig.parse(SourceText(path: "nginx.conf", text: source.text), context: context)
        XCTAssertEqual(config.errors, [], "the example does not parse", file: file, line: line)
        return (rule.check(config, in: lint).sorted(by: Finding.outputOrder), source)
    }

    /// Asserts `rule` finds nothing in `text`.
    func assertNginx(_ rule: any NginxRule.Type, findsNothingIn text: String, context: NginxContext = .http,
                     lint: LintContext = LintContext(), file: StaticString = #filePath, line: UInt = #line) {
        assertNginx(rule, finds: text, context: context, lint: lint, file: file, line: line)
    }
}
