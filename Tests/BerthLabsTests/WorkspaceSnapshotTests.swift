import BerthLabs
import BerthTestSupport
import Foundation
import XCTest

final class WorkspaceSnapshotTests: XCTestCase {
    func testASavedFileIsAChangeAndBerthsOwnStateIsNot() throws {
        let workspace = try TemporaryDirectory(prefix: "berth-watch")
        try workspace.write("proxy/nginx.conf", "events {}\n")
        try workspace.write(".berth/state.json", "{}")
        let before = WorkspaceSnapshot(root: workspace.path)
        XCTAssertEqual(before.changes(since: before), [])

        try workspace.write("proxy/nginx.conf", "events {}\nhttp {}\n")
        try workspace.write(".berth/state.json", "{\"schema\": 1}")
        try workspace.write(".build/debug/x.o", "object")
        try workspace.write("compose.yaml", "services: {}\n")
        XCTAssertEqual(WorkspaceSnapshot(root: workspace.path).changes(since: before), ["compose.yaml", "proxy/nginx.conf"])
    }

    func testARemovedFileIsAChange() throws {
        let workspace = try TemporaryDirectory(prefix: "berth-watch")
        try workspace.write("Dockerfile", "FROM ubuntu:24.04\n")
        let before = WorkspaceSnapshot(root: workspace.path)
        try FileManager.default.removeItem(atPath: workspace.path + "/Dockerfile")
        XCTAssertEqual(WorkspaceSnapshot(root: workspace.path).changes(since: before), ["Dockerfile"])
    }

    func testTheWatcherReportsASaveOnceItHasSettled() throws {
        let workspace = try TemporaryDirectory(prefix: "berth-watch")
        try workspace.write("Dockerfile", "FROM ubuntu:24.04\n")
        var watcher = WorkspaceWatcher(root: workspace.path)
        XCTAssertNil(watcher.poll(), "nothing saved yet")

        try workspace.write("Dockerfile", "FROM ubuntu:24.04\nCMD [\"echo\"]\n")
        XCTAssertNil(watcher.poll(), "a save is reported only once the files stop changing")
        try workspace.write("compose.yaml", "services: {}\n")
        XCTAssertNil(watcher.poll(), "a second write in the same save restarts the wait")
        XCTAssertEqual(watcher.poll(), ["Dockerfile", "compose.yaml"])
        XCTAssertNil(watcher.poll(), "a save is reported once")
    }
}
