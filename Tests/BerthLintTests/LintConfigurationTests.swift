import BerthFormats
import BerthLint
import BerthTestSupport
import XCTest

/// `.berth.yaml`: what it may say, and the position of every mistake in it.
final class LintConfigurationTests: XCTestCase {
    private func load(_ text: String) throws -> (LintConfiguration, [ParseError]) {
        let folder = try TemporaryDirectory()
        try folder.write(".berth.yaml", text)
        return LintConfiguration.load(path: ".berth.yaml", reader: SourceReader(root: folder.path))
    }

    func testReadsIgnoreSeverityAndThreshold() throws {
        let (configuration, problems) = try load("""
            lint:
              ignore: [BL110, bl205]
              severity:
                BL201: error
              failure-threshold: error
            """)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(configuration.ignoredRules, ["BL110", "BL205"])
        XCTAssertEqual(configuration.severityOverrides, ["BL201": .error])
        XCTAssertEqual(configuration.failureThreshold, .error)
    }

    func testNoneMeansNothingFails() throws {
        let (configuration, _) = try load("lint:\n  failure-threshold: none\n")
        XCTAssertNil(configuration.failureThreshold)
    }

    func testAMissingFileGivesTheDefaults() throws {
        let folder = try TemporaryDirectory()
        let (configuration, problems) = LintConfiguration.load(path: ".berth.yaml", reader: SourceReader(root: folder.path))
        XCTAssertEqual(problems.map(\.kind), [.unreadable])
        XCTAssertEqual(configuration, LintConfiguration())
    }

    func testAnUnknownRuleIsAnErrorWithASuggestion() throws {
        let (_, problems) = try load("lint:\n  ignore:\n    - BL3O6\n")
        let problem = try XCTUnwrap(problems.first)
        XCTAssertEqual(problem.location.description, ".berth.yaml:3:7")
        XCTAssertTrue(problem.message.contains("did you mean BL306"), problem.message)
    }

    func testBadValuesAndUnknownKeysArePlaced() throws {
        let (_, problems) = try load("lint:\n  severity:\n    BL201: fatal\n  treshold: error\n")
        XCTAssertEqual(problems.map(\.location.description), [".berth.yaml:3:12", ".berth.yaml:4:3"])
        XCTAssertEqual(problems.map(\.severity), [.error, .warning])
    }

    func testAliasBombsAreRefused() throws {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let previous = level == 1 ? "a" : "l\(level - 1)"
            text += "l\(level): &l\(level) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        let (_, problems) = try load(text)
        XCTAssertEqual(problems.first?.kind, .aliasLimit)
    }
}
