import BerthLint
import BerthTestSupport
import Foundation
import XCTest

/// Every rule berth has: registered once, documented, explained, and tested.
final class RuleRegistryTests: XCTestCase {
    private let rules = RuleRegistry.descriptions

    func testEveryRuleFileIsRegisteredOnce() throws {
        let ids = rules.map(\.id)
        XCTAssertEqual(ids.count, Set(ids).count, "duplicate ids")
        let folder = RepositoryPaths.root.appendingPathComponent("Sources/BerthLint/Rules")
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
            .map { ($0 as NSString).lastPathComponent }
            .filter { $0.range(of: #"^BL\d{3}\.swift$"#, options: .regularExpression) != nil }
            .map { String($0.dropLast(".swift".count)) }
        XCTAssertEqual(Set(files).subtracting(ids), [], "rule files that are not in RuleRegistry.all")
        XCTAssertGreaterThanOrEqual(ids.count, 30)
    }

    func testIdsMatchTheirFamily() {
        for rule in rules {
            XCTAssertNotNil(rule.id.range(of: #"^BL[0-3]\d\d$"#, options: .regularExpression), rule.id)
        }
    }

    func testEveryRuleNamesANoteThatExists() {
        for rule in rules {
            let note = RepositoryPaths.notes.appendingPathComponent(rule.note + ".md").path
            XCTAssertTrue(FileManager.default.fileExists(atPath: note), "\(rule.id) names the missing note \(rule.note)")
        }
    }

    func testEveryRuleExplainsWhyAndHowToFix() {
        for rule in rules {
            XCTAssertNotEqual(rule.rationale, rule.summary, "\(rule.id) has no rationale of its own")
            XCTAssertGreaterThan(rule.rationale.count, 60, "\(rule.id): say why the rule matters")
            XCTAssertFalse(rule.fix.isEmpty, rule.id)
        }
    }

    func testEveryRuleHasItsOwnTests() throws {
        let folder = RepositoryPaths.root.appendingPathComponent("Tests/BerthLintTests")
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        for rule in rules where rule.id.hasPrefix("BL1") || rule.id.hasPrefix("BL2") || rule.id.hasPrefix("BL3") {
            XCTAssertTrue(files.contains("\(rule.id)Tests.swift"), "\(rule.id) has no \(rule.id)Tests.swift")
        }
    }
}
