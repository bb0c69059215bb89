import BerthLabs
import BerthTestSupport
import Foundation
import XCTest

/// Real-looking student repositories, graded by the bundled labs as `berth grade` would:
/// a correct one gets every point, and a broken one loses exactly the checks its mistakes
/// break, at the place the student has to change.
///
/// Static grading: a task's live checks are left out, so full marks are the static points
/// (classroom-lb's 9.5 of 10; its last half point needs the stack running).
///
/// Each fixture in `Fixtures/submissions/<lab>/<case>/` holds the files a student wrote; it is
/// laid over the lab's starter, as in a workspace made by `berth init`. Fixtures are read from
/// the source tree, never from the test bundle.
final class SubmissionGradingTests: XCTestCase {
    // MARK: classroom-lb

    func testAFlaskSubmissionGetsFullMarks() throws {
        try assertGrades("classroom-lb", "flask-correct", total: 9.5)
    }

    func testASwiftSubmissionGetsFullMarks() throws {
        try assertGrades("classroom-lb", "swift-correct", total: 9.5)
    }

    func testDatabasesWithoutHealthChecksLoseThoseChecks() throws {
        try assertGrades("classroom-lb", "no-healthchecks", total: 9, expecting: [
            "compose": Expected(points: 3.5, failing: [
                "db-healthcheck": "docker-compose.yaml:4:3",
                "redis-healthcheck": "docker-compose.yaml:14:3",
            ]),
        ])
    }

    func testWebServicesPublishingPortsLoseTheScaleChecks() throws {
        try assertGrades("classroom-lb", "web-ports", total: 8.25, expecting: [
            "scale": Expected(points: 0.25, failing: [
                "shared-config": "compose.yaml:59:5",
                "web1-no-ports": "compose.yaml:53:9",
                "web2-no-ports": "compose.yaml:60:9",
                "web3-no-ports": "compose.yaml:67:9",
            ]),
        ])
    }

    func testAProxyWithoutHeadersLosesTheHeaderCheck() throws {
        try assertGrades("classroom-lb", "missing-proxy-headers", total: 9, expecting: [
            "load-balancing": Expected(points: 1.5, failing: ["proxy-headers": "nginx.conf:13:13"]),
        ])
    }

    func testAnEmptyNginxConfLosesEveryNginxCheck() throws {
        try assertGrades("classroom-lb", "empty-nginx-conf", total: 8.5, expecting: [
            "load-balancing": Expected(points: 1, failing: [
                "upstream": "nginx.conf:1:1",
                "proxy-pass": "nginx.conf:1:1",
                "proxy-headers": "nginx.conf:1:1",
            ]),
        ])
    }

    // MARK: softy-pinko

    func testACorrectSoftyPinkoRepositoryGetsFullMarks() throws {
        try assertGrades("softy-pinko", "correct", total: 100)
    }

    func testWrongTagWrongTextMissingExposeAndUnappliedCORS() throws {
        try assertGrades("softy-pinko", "typos", total: 86.5, expecting: [
            "task0": Expected(points: 3, failing: ["base-image": "task0/Dockerfile:1:6", "hello": "task0/Dockerfile:5:1"]),
            "task1": Expected(points: 13.5, failing: ["expose": "task1/Dockerfile:1:1"]),
            // The Dockerfile was copied on from task 1, still without EXPOSE.
            "task3": Expected(points: 10, failing: [
                "cors-applied": "task3/back-end/api.py:1:1",
                "expose": "task3/back-end/Dockerfile:1:1",
            ]),
        ])
    }

    func testComposeMistakesOfficialImageNameWrongPortsAndAPublishedFrontEnd() throws {
        try assertGrades("softy-pinko", "compose-mistakes", total: 92, expecting: [
            "task4": Expected(points: 11, failing: [
                "back-end-image": "task4/docker-compose.yml:8:12",
                "front-end-ports": "task4/docker-compose.yml:18:9",
            ]),
            "task5": Expected(points: 11, failing: [
                "proxy-front-end": "task5/proxy/proxy.conf:5:9",
                "front-end-private": "task5/docker-compose.yml:18:9",
            ]),
        ])
    }

    func testPastedQuotesACommentedCRLFCommandFileAndAContainerName() throws {
        let results = try assertGrades("softy-pinko", "pasted-quotes-and-crlf", total: 88.5, expecting: [
            "task0": Expected(points: 6, failing: ["hello": "task0/Dockerfile:5:1"]),
            "task6": Expected(points: 7.5, failing: [
                "command": "task6/2-api-servers.txt:1:1",
                "scalable": "task6/docker-compose.yml:9:21",
            ]),
        ])
        let hello = results["task0"]?.checks.first { $0.id == "hello" }
        XCTAssertTrue(hello?.found.hasPrefix("typographic quotes “ ”") ?? false, hello?.found ?? "no result")
    }

    func testAnEmptySubmoduleAndAMissingSemicolon() throws {
        // Git keeps a submodule as a gitlink: a fresh clone has the folder, empty.
        try assertGrades("softy-pinko", "submodule-and-semicolon", emptyFolders: ["task2/front-end/softy-pinko-front-end"],
                         total: 88.5, expecting: [
            "task2": Expected(points: 12.5, failing: ["site-files": "task2/front-end/softy-pinko-front-end:1:1"]),
            "task5": Expected(points: 8.5, failing: [
                "proxy-listen": "task5/proxy/proxy.conf:9:9",
                "proxy-front-end": "task5/proxy/proxy.conf:9:9",
                "proxy-back-end": "task5/proxy/proxy.conf:9:9",
            ]),
            // The proxy folder was copied on from task 5 with the same slip.
            "task6": Expected(points: 12.5, failing: ["balanced": "task6/proxy/proxy.conf:9:9"]),
        ])
    }

    // MARK: grading

    /// What one task earns: its points and the checks that fail, each with the place it points at.
    struct Expected {
        var points: Double
        var failing: [String: String]
    }

    /// Grades the fixture with every task of the lab; tasks not in `expecting` must get full marks.
    @discardableResult
    private func assertGrades(_ labID: String, _ submission: String, emptyFolders: [String] = [], total: Double,
                              expecting: [String: Expected] = [:],
                              file: StaticString = #filePath, line: UInt = #line) throws -> [String: TaskResult] {
        let lab = try LabLibrary(directory: RepositoryPaths.labs.path).lab(labID)
        let repository = try SubmissionRepository(lab: lab, submission: submission, emptyFolders: emptyFolders)
        // The folder is removed when the value goes; keep it until every task is checked.
        defer { withExtendedLifetime(repository) {} }
        let checker = TaskChecker(repository: repository.repository)
        XCTAssertEqual(Set(expecting.keys).subtracting(lab.manifest.tasks.map(\.id)), [], "unknown tasks", file: file, line: line)
        var results: [String: TaskResult] = [:]
        for task in lab.manifest.tasks {
            let result = checker.check(task)
            results[task.id] = result
            let expected = expecting[task.id] ?? Expected(points: task.staticPoints, failing: [:])
            let failing = result.checks.filter { $0.status != .pass }
            let found = Dictionary(failing.map { ($0.id, $0.location?.description ?? "nowhere") }, uniquingKeysWith: { first, _ in first })
            let details = failing.map { "\($0.id): \($0.found)" }.joined(separator: "\n")
            XCTAssertEqual(found, expected.failing, "task \(task.id) of \(submission):\n\(details)", file: file, line: line)
            XCTAssertEqual(result.points, expected.points, accuracy: 0.000_001, "task \(task.id) of \(submission)", file: file, line: line)
        }
        let score = results.values.reduce(0) { $0 + $1.points }
        XCTAssertEqual(score, total, accuracy: 0.000_001, "the score of \(submission)", file: file, line: line)
        return results
    }
}

/// A submission fixture laid over its lab's starter in a temporary folder, removed with the value.
private final class SubmissionRepository {
    let folder: TemporaryDirectory
    let repository: StudentRepository

    init(lab: Lab, submission: String, emptyFolders: [String]) throws {
        folder = try TemporaryDirectory(prefix: "berth-submission")
        let fixture = RepositoryPaths.root
            .appendingPathComponent("Tests/BerthLabsTests/Fixtures/submissions/\(lab.id)/\(submission)").path
        XCTAssertTrue(FileManager.default.fileExists(atPath: fixture), "no fixture \(fixture)")
        _ = try StarterCopier().copyStarter(of: lab, into: folder.path)
        try Self.lay(fixture, over: folder.path)
        for path in emptyFolders {
            try FileManager.default.createDirectory(atPath: folder.path + "/" + path, withIntermediateDirectories: true)
        }
        repository = StudentRepository(root: folder.path)
    }

    /// Copies every file of `source` into `destination`, replacing the starter's where both have one.
    private static func lay(_ source: String, over destination: String) throws {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: source) else { return }
        while let relative = enumerator.nextObject() as? String {
            let (from, to) = (source + "/" + relative, destination + "/" + relative)
            var isDirectory: ObjCBool = false
            _ = manager.fileExists(atPath: from, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                try manager.createDirectory(atPath: to, withIntermediateDirectories: true)
                continue
            }
            if manager.fileExists(atPath: to) { try manager.removeItem(atPath: to) }
            try manager.copyItem(atPath: from, toPath: to)
        }
    }
}
