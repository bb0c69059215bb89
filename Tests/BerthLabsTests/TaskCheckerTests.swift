import BerthLabs
import BerthTestSupport
import XCTest

final class TaskCheckerTests: XCTestCase {
    private func task() throws -> (TemporaryDirectory, TaskManifest) {
        let lab = try TemporaryDirectory(prefix: "berth-lab")
        try lab.write("lab.yaml", """
            schema: 1
            id: tiny
            title: Tiny
            tasks:
              - id: two-files
                title: Two files
                points: 3
                instructions: tasks/two-files.md
                notes: [dockerfile, compose]
                checks:
                  - {id: dockerfile, kind: file, points: 1, path: Dockerfile, message: No Dockerfile., fix: Write one.}
                  - {id: compose, kind: file, points: 2, path: compose.yaml, message: No compose file., fix: Write one., note: compose}
            """)
        let (manifest, problems) = LabManifest.load(directory: lab.path)
        XCTAssertEqual(problems, [])
        return (lab, try XCTUnwrap(manifest?.tasks.first))
    }

    func testPartialCreditPerCheck() throws {
        let (lab, task) = try task()
        let (repositoryFolder, repository) = try makeRepository(["Dockerfile": "FROM ubuntu:24.04\n"])
        let result = withExtendedLifetime((lab, repositoryFolder)) { TaskChecker(repository: repository).check(task) }
        XCTAssertEqual(result.points, 1)
        XCTAssertEqual(result.maximumPoints, 3)
        XCTAssertEqual(result.status, .partial)
        let failed = try XCTUnwrap(result.checks.last)
        XCTAssertEqual(failed.status, .fail)
        XCTAssertEqual(failed.message, "No compose file.")
        XCTAssertEqual(failed.fix, "Write one.")
        XCTAssertEqual(failed.note, "compose")
        XCTAssertEqual(result.checks.first?.note, "dockerfile", "a check without a note gets the task's first one")
    }

    func testAnEmptyRepositoryScoresZeroAndEveryCheckSaysWhatIsMissing() throws {
        let (lab, task) = try task()
        let (repositoryFolder, repository) = try makeRepository([:])
        let result = withExtendedLifetime((lab, repositoryFolder)) { TaskChecker(repository: repository).check(task) }
        XCTAssertEqual(result.status, .fail)
        XCTAssertEqual(result.points, 0)
        XCTAssertEqual(result.checks.map(\.found), ["no file Dockerfile", "no file compose.yaml"])
    }

    func testEveryCheckPassingPassesTheTask() throws {
        let (lab, task) = try task()
        let (repositoryFolder, repository) = try makeRepository(["Dockerfile": "FROM x\n", "compose.yaml": "services: {}\n"])
        let result = withExtendedLifetime((lab, repositoryFolder)) { TaskChecker(repository: repository).check(task) }
        XCTAssertEqual(result.status, .pass)
        XCTAssertEqual(result.points, 3)
    }
}
