import BerthFormats
import BerthTestSupport
import Foundation
import XCTest

import BerthLint

/// The Dockerfile rule registry: every rule file is listed once, with a note that exists.
final class BL1xxRulesTests: XCTestCase {
    /// The topics `berth notes` has; a rule's note must be one of them.
    static let noteTopics: Set<String> = [
        "images-and-layers", "dockerfile", "buffering", "runtime-settings", "production-servers", "health-checks",
        "retries-and-backoff", "compose", "volumes", "reverse-proxy", "load-balancing", "cors", "tls",
        "rate-limiting", "config-reload", "scaling-beyond-one-host",
    ]

    func testEveryRuleFileIsRegistered() throws {
        let folder = RepositoryPaths.root.appendingPathComponent("Sources/BerthLint/Rules/Dockerfile")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("BL") && $0.hasSuffix(".swift") }
            .map { String($0.dropLast(".swift".count)) }
        XCTAssertEqual(Set(files), Set(DockerfileRules.all.map { $0.id }))
    }

    func testIdsAreUniqueAndInRange() {
        let ids = DockerfileRules.all.map { $0.id }
        XCTAssertEqual(ids.count, Set(ids).count)
        for id in ids { XCTAssertTrue(id.hasPrefix("BL1") && id.count == 5, id) }
    }

    func testEveryRuleHasANoteSummaryAndFix() {
        for rule in DockerfileRules.all {
            XCTAssertTrue(Self.noteTopics.contains(rule.note), "\(rule.id) note \(rule.note)")
            XCTAssertFalse(rule.summary.isEmpty, rule.id)
            XCTAssertFalse(rule.fix.isEmpty, rule.id)
        }
    }

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
