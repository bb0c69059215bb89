import BerthFormats
import BerthTestSupport
import Foundation
import XCTest

import BerthLint

/// The Dockerfile rule set as a whole, and the helper every BL1xx test uses.
final class DockerfileRulesTests: XCTestCase {
    func testHadolintEquivalentsNameRegisteredRules() {
        let ids = Set(DockerfileRules.all.map { $0.id })
        for (id, code) in DockerfileRules.hadolintEquivalents {
            XCTAssertTrue(ids.contains(id), id)
            XCTAssertTrue(code.hasPrefix("DL"), code)
        }
        XCTAssertEqual(Set(DockerfileRules.hadolintEquivalents.values).count, DockerfileRules.hadolintEquivalents.count)
    }

    func testCheckSortsFindingsByPosition() {
        let dockerfile = Dockerfile.parse(SourceText(path: "Dockerfile", text: "FROM ubuntu\nRUN cd /x\nCMD run\n"))
        let findings = DockerfileRules.check(dockerfile)
        XCTAssertEqual(findings.map(\.location.line), findings.map(\.location.line).sorted())
        XCTAssertEqual(Set(findings.map(\.ruleID)), ["BL100", "BL108", "BL106", "BL115"])
    }
}

extension XCTestCase {
    /// Runs `rule` over `marked` and asserts it flags exactly the positions of its markers
    /// (1️⃣, 2️⃣, …): no marker means the rule must stay silent.
    func assertDockerfileFindings(_ rule: any DockerfileRule.Type, _ marked: String, context: LintContext = LintContext(),
                        file: StaticString = #filePath, line: UInt = #line) {
        let source = MarkedSource(marked)
        let dockerfile = Dockerfile.parse(SourceText(path: "Dockerfile", text: source.text))
        let findings = rule.check(dockerfile, in: context)
        let expected = source.positions.values.map { "\($0.line):\($0.column)" }.sorted()
        let actual = findings.map { "\($0.location.line):\($0.location.column)" }.sorted()
        XCTAssertEqual(actual, expected, "\(rule.id) findings: \(findings.map(\.message))", file: file, line: line)
        for finding in findings {
            XCTAssertEqual(finding.ruleID, rule.id, file: file, line: line)
            XCTAssertEqual(finding.location.file, "Dockerfile", file: file, line: line)
            XCTAssertEqual(finding.note, rule.note, file: file, line: line)
        }
    }

    /// The messages `rule` gives for `text`, for asserting wording.
    func dockerfileMessages(_ rule: any DockerfileRule.Type, _ text: String) -> [String] {
        rule.check(Dockerfile.parse(SourceText(path: "Dockerfile", text: text)), in: LintContext()).map(\.message)
    }
}
