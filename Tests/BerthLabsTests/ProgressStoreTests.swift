import BerthLabs
import BerthTestSupport
import Foundation
import XCTest

final class ProgressStoreTests: XCTestCase {
    private func store() throws -> (TemporaryDirectory, ProgressStore) {
        let directory = try TemporaryDirectory(prefix: "berth-progress")
        return (directory, ProgressStore(workspace: directory.url))
    }

    func testNoFileMeansNoProgressYet() throws {
        let (directory, store) = try store()
        let loaded = try withExtendedLifetime(directory) { try store.load() }
        XCTAssertNil(loaded.progress)
        XCTAssertNil(loaded.setAside)
    }

    func testAPassedTaskIsKeptAcrossLoadsAndNoTemporaryFileIsLeft() throws {
        let (directory, store) = try store()
        let when = Date(timeIntervalSince1970: 1_800_000_000)
        try store.update(lab: "stack") { $0.passed["first-image"] = LabProgress.TaskRecord(points: 5, passedAt: when) }
        try store.update(lab: "stack") { $0.hintsShown["backend-image", default: 0] += 1 }
        let progress = try XCTUnwrap(try store.load().progress)
        XCTAssertEqual(progress.lab, "stack")
        XCTAssertEqual(progress.passed["first-image"], LabProgress.TaskRecord(points: 5, passedAt: when))
        XCTAssertEqual(progress.hintsShown, ["backend-image": 1])
        XCTAssertEqual(progress.currentTask(in: ["first-image", "backend-image"]), "backend-image")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path + "/.berth").sorted()
        XCTAssertEqual(files, ["state.json", "state.lock"])
    }

    func testAnUnreadableFileIsSetAsideNotLost() throws {
        let (directory, store) = try store()
        try directory.write(".berth/state.json", "{ this is not json")
        let loaded = try store.update(lab: "stack") { $0.passed["first-image"] = LabProgress.TaskRecord(points: 5, passedAt: Date()) }
        let aside = try XCTUnwrap(loaded.setAside)
        XCTAssertEqual(try String(contentsOf: aside, encoding: .utf8), "{ this is not json")
        XCTAssertEqual(loaded.progress?.passed.keys.sorted(), ["first-image"])
    }

    func testConcurrentUpdatesAreNeverLost() throws {
        let (directory, store) = try store()
        let tasks = (0..<16).map { "task-\($0)" }
        DispatchQueue.concurrentPerform(iterations: tasks.count) { index in
            _ = try? store.update(lab: "stack") { $0.passed[tasks[index]] = LabProgress.TaskRecord(points: 1, passedAt: Date()) }
        }
        let progress = try withExtendedLifetime(directory) { try XCTUnwrap(try store.load().progress) }
        XCTAssertEqual(progress.passed.keys.sorted(), tasks.sorted())
        XCTAssertEqual(progress.points, 16)
    }

    func testASymlinkedBerthFolderIsRefused() throws {
        let (directory, store) = try store()
        let elsewhere = try TemporaryDirectory(prefix: "berth-elsewhere")
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/.berth", withDestinationPath: elsewhere.path)
        XCTAssertThrowsError(try store.update(lab: "stack") { _ in }) { error in
            XCTAssertTrue("\(error)".contains("is a symlink"), "\(error)")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path), [])
    }
}
