import BerthFormats
import BerthLabs
import BerthTestSupport
import XCTest

extension XCTestCase {
    /// Decodes a check of kind `kind` from the YAML of its parameters, as `lab.yaml` would
    /// hold them, and fails the test on any manifest problem.
    func makeCheck<Check: StaticCheck>(_ kind: Check.Type, _ yaml: String,
                                       file: StaticString = #filePath, line: UInt = #line) throws -> Check {
        let (check, problems) = decodeCheck(kind, yaml)
        XCTAssertEqual(problems, [], file: file, line: line)
        return try XCTUnwrap(check, "the check did not decode", file: file, line: line)
    }

    /// Decodes a check and returns the manifest problems, formatted as berth prints them.
    func decodeCheck<Check: StaticCheck>(_ kind: Check.Type, _ yaml: String) -> (Check?, [String]) {
        let document = YAMLDocument.parse(SourceText(path: "lab.yaml", text: yaml))
        guard let root = document.root else { return (nil, document.errors.map(\.description)) }
        var fields = ManifestFields(root, subject: "check `test`")
        let check = Check(&fields)
        fields.rejectUnknownKeys()
        return (check, (document.errors + fields.problems).map(\.description))
    }

    /// A repository holding `files` (path → contents), for one check to look at.
    func makeRepository(_ files: [String: String]) throws -> (TemporaryDirectory, StudentRepository) {
        let directory = try TemporaryDirectory(prefix: "berth-repo")
        for (path, contents) in files { try directory.write(path, contents) }
        return (directory, StudentRepository(root: directory.path))
    }

    /// Evaluates `check` on a repository of `files` and asserts the status; returns the outcome.
    @discardableResult
    func assertCheck(_ check: some StaticCheck, _ status: CheckOutcome.Status, on files: [String: String],
                     file: StaticString = #filePath, line: UInt = #line) throws -> CheckOutcome {
        let (directory, repository) = try makeRepository(files)
        let outcome = withExtendedLifetime(directory) { check.evaluate(in: repository) }
        XCTAssertEqual(outcome.status, status, "expected \(outcome.expected), found \(outcome.found)", file: file, line: line)
        return outcome
    }
}
