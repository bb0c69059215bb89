import BerthLabs
import BerthTestSupport
import XCTest

final class LabManifestTests: XCTestCase {
    private func load(_ yaml: String) throws -> (LabManifest?, [String]) {
        let directory = try TemporaryDirectory(prefix: "berth-lab")
        try directory.write("lab.yaml", yaml)
        let (manifest, problems) = LabManifest.load(directory: directory.path)
        return (manifest, problems.map(\.description))
    }

    private let valid = """
        schema: 1
        id: tiny
        title: A tiny lab
        description: One task.
        starter:
          backend: backend
        tasks:
          - id: first
            title: The first task
            points: 2
            instructions: tasks/first.md
            notes: [dockerfile]
            hints: [Look at the file., Write it.]
            solution: solutions/first
            checks:
              - id: exists
                kind: file
                points: 2
                path: Dockerfile
                message: There is no Dockerfile.
                fix: Create one.
        """

    func testAValidLabLoads() throws {
        let (manifest, problems) = try load(valid)
        XCTAssertEqual(problems, [])
        let lab = try XCTUnwrap(manifest)
        XCTAssertEqual(lab.id, "tiny")
        XCTAssertEqual(lab.maximumPoints, 2)
        XCTAssertEqual(lab.starter.map(\.destination), ["backend"])
        let task = try XCTUnwrap(lab.task(id: "first"))
        XCTAssertEqual(task.hints, ["Look at the file.", "Write it."])
        XCTAssertEqual(task.checks.map(\.kind), ["file"])
        XCTAssertEqual(task.checks.first?.location.line, 16)
    }

    func testAnUnknownKindNamesTheClosestOne() throws {
        let (_, problems) = try load(valid.replacingOccurrences(of: "kind: file", with: "kind: fiel"))
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].hasPrefix("lab.yaml:17:15: error: unknown check kind `fiel`; did you mean `file`?"), problems[0])
    }

    func testEveryProblemIsReportedWithItsPosition() throws {
        let yaml = valid
            .replacingOccurrences(of: "schema: 1", with: "schema: 2")
            .replacingOccurrences(of: "    points: 2\n    instructions", with: "    points: two\n    instructions")
            .replacingOccurrences(of: "        fix: Create one.", with: "        fix: Create one.\n        colour: red")
        let (_, problems) = try load(yaml)
        XCTAssertEqual(problems, [
            "lab.yaml:1:9: error: this lab is written for schema 2; this berth reads schema 1: update berth",
            "lab.yaml:10:13: error: `points:` of task `first` must be a number of zero or more",
            "lab.yaml:22:9: error: unknown key `colour` in check `exists` of task `first`; known keys: contains, final-newline, fix, id, kind, lines, message, note, path, points",
        ])
    }

    func testDuplicateTaskIdsAreRefused() throws {
        let task = valid.components(separatedBy: "tasks:\n")[1]
        let (_, problems) = try load(valid + "\n" + task)
        XCTAssertTrue(problems.contains { $0.contains("a second task with id `first`") }, "\(problems)")
    }

    func testAnEmptyFileSaysWhatALabHolds() throws {
        let (manifest, problems) = try load("")
        XCTAssertNil(manifest)
        XCTAssertEqual(problems, ["lab.yaml:1:1: error: lab.yaml is empty; a lab starts with `schema: 1`, `id:`, `title:` and `tasks:`"])
    }
}
