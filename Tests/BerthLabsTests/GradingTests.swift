import BerthLabs
import BerthTestSupport
import Foundation
import XCTest

/// `Grader` on the reference solutions, broken variants of them and an empty repository.
final class GradingTests: XCTestCase {
    private let library = LabLibrary(directory: RepositoryPaths.labs.path)

    private func grade(_ path: String, lab: String? = nil) -> RepositoryGrade {
        Grader(library: library, labID: lab).grade(path)
    }

    /// The ids (`task/check`) of the checks that did not pass.
    private func failing(_ grade: RepositoryGrade) -> Set<String> {
        Set(grade.failedChecks.map { "\($0.task.taskID)/\($0.check.id)" })
    }

    /// The points of the checks `ids` names, from the lab's manifest.
    private func points(of ids: Set<String>, in lab: String) throws -> Double {
        let manifest = try library.lab(lab).manifest
        return manifest.tasks.flatMap { task in task.checks.map { ("\(task.id)/\($0.id)", $0.points) } }
            .filter { ids.contains($0.0) }.reduce(0) { $0 + $1.1 }
    }

    func testEveryReferenceSolutionScoresFullMarksAgainstTheLabItsFilesFit() throws {
        for (lab, solution) in [("stack", "solutions/11-reload"), ("classroom-lb", "solution"), ("softy-pinko", "solutions/06-task6")] {
            let workspace = try SolutionWorkspace(lab: lab, solution: solution)
            let result = grade(workspace.path)
            XCTAssertEqual(result.lab?.id, lab, "the files of \(lab)'s solution are guessed as \(lab)")
            XCTAssertEqual(result.labSource, .guessed)
            XCTAssertEqual(failing(result), [], lab)
            XCTAssertEqual(result.score, result.maximumScore, lab)
            XCTAssertEqual(result.status, .pass, lab)
        }
    }

    func testABrokenVariantLosesExactlyThePointsOfTheChecksItBreaks() throws {
        let stack = try SolutionWorkspace(lab: "stack", solution: "solutions/11-reload")
        try FileManager.default.removeItem(atPath: stack.path + "/first-image/Dockerfile")
        let withoutFirstImage = grade(stack.path, lab: "stack")
        let firstImage = try library.lab("stack").manifest.tasks[0]
        let fileChecks = firstImage.checks.filter { !$0.check.isLive }
        XCTAssertEqual(failing(withoutFirstImage), Set(fileChecks.map { "first-image/\($0.id)" }), "live checks are left out statically")
        let stackStatic = try library.lab("stack").manifest.staticPoints
        XCTAssertEqual(withoutFirstImage.score, stackStatic - firstImage.staticPoints)
        XCTAssertEqual(withoutFirstImage.tasks[0].status, .fail)
        XCTAssertEqual(withoutFirstImage.status, .partial)

        let classroom = try SolutionWorkspace(lab: "classroom-lb", solution: "solution")
        let compose = classroom.path + "/docker-compose.yml"
        let text = try String(contentsOfFile: compose, encoding: .utf8)
        let broken = text.replacingOccurrences(of: "      test: [\"CMD\", \"redis-cli\", \"ping\"]\n", with: "")
            .replacingOccurrences(of: "\"9999:9999\"", with: "\"8080:9999\"")
        XCTAssertNotEqual(broken, text)
        try broken.write(toFile: compose, atomically: true, encoding: .utf8)
        let result = grade(classroom.path, lab: "classroom-lb")
        // Port 9999 is graded twice: published by the service (compose), then by the balancer.
        let expected: Set<String> = ["compose/redis-healthcheck", "compose/port", "load-balancing/published"]
        XCTAssertEqual(failing(result), expected)
        XCTAssertEqual(result.score, 9.5 - (try points(of: expected, in: "classroom-lb")), accuracy: 0.001)
    }

    func testAnEmptyRepositoryScoresNothingAndEveryCheckSaysWhatIsMissing() throws {
        let empty = try TemporaryDirectory(prefix: "berth-empty")
        for lab in ["stack", "classroom-lb", "softy-pinko"] {
            let result = grade(empty.path, lab: lab)
            XCTAssertEqual(result.score, 0, lab)
            XCTAssertEqual(result.status, .fail, lab)
            let checks = result.tasks.flatMap(\.checks)
            XCTAssertFalse(checks.isEmpty)
            for check in checks {
                XCTAssertEqual(check.status, .fail, "\(lab)/\(check.id)")
                XCTAssertTrue(["no file", "no such file", "no compose file"].contains { check.found.contains($0) },
                              "\(lab)/\(check.id) says what is missing: \(check.found)")
                XCTAssertFalse(check.fix.isEmpty)
            }
        }
        let unguessed = grade(empty.path)
        XCTAssertEqual(unguessed.status, .error)
        XCTAssertTrue(unguessed.problem?.contains("name the lab with --lab") == true, unguessed.problem ?? "")
    }

    func testUnreadableRepositoriesAreErrorRowsAndTheBatchKeepsItsOrder() throws {
        let workspace = try SolutionWorkspace(lab: "classroom-lb", solution: "solution")
        let file = try TemporaryDirectory(prefix: "berth-file")
        try file.write("notes.txt", "not a repository\n")
        let paths = [file.path + "/missing", workspace.path, file.path + "/notes.txt"]
        let grades = BatchGrader(grader: Grader(library: library, labID: "classroom-lb"), jobs: 2).grade(paths)
        XCTAssertEqual(grades.map(\.repository), paths)
        XCTAssertEqual(grades.map(\.status), [.error, .pass, .error])
        XCTAssertTrue(grades[0].problem?.contains("does not exist") == true)
        XCTAssertTrue(grades[2].problem?.contains("is a file, not a folder") == true)
    }

    func testASymlinkOutOfTheRepositoryIsReportedAndNeverFollowed() throws {
        let outside = try TemporaryDirectory(prefix: "berth-outside")
        try outside.write("Dockerfile", "FROM ubuntu:24.04\nRUN apt-get update && apt-get upgrade -y && rm -rf /var/lib/apt/lists/*\nCMD [\"echo\", \"Hello, World!\"]\n")
        let repository = try TemporaryDirectory(prefix: "berth-repo")
        try FileManager.default.createDirectory(atPath: repository.path + "/first-image", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: repository.path + "/first-image/Dockerfile",
                                                   withDestinationPath: outside.path + "/Dockerfile")
        let result = grade(repository.path, lab: "stack")
        XCTAssertEqual(result.tasks[0].points, 0, "a Dockerfile outside the repository earns nothing")
        let exists = try XCTUnwrap(result.tasks[0].checks.first)
        XCTAssertTrue(exists.found.contains("outside"), exists.found)
    }

    func testTheLabAWorkspaceRecordsWinsOverTheGuess() throws {
        let workspace = try SolutionWorkspace(lab: "classroom-lb", solution: "solution")
        try workspace.write(".berth/state.json", "{\"schema\": 1, \"lab\": \"stack\", \"passed\": {}}")
        let result = grade(workspace.path)
        XCTAssertEqual(result.lab?.id, "stack")
        XCTAssertEqual(result.labSource, .progressFile)
    }
}
