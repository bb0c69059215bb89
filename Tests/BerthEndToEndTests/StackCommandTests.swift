import BerthTestSupport
import Foundation
import XCTest

/// `berth doctor`, `berth up` and `berth down` on the classroom solution, in the Docker testbed.
final class StackCommandTests: XCTestCase {
    private func berth(_ testbed: DockerTestbedHandle, _ arguments: [String], in directory: String) throws -> CommandResult {
        try testbed.run(["env", "NO_COLOR=1", RepositoryPaths.berthBinary.path] + arguments, in: directory)
    }

    private func volumes(_ testbed: DockerTestbedHandle) throws -> Set<String> {
        Set(try testbed.docker(["volume", "ls", "--quiet"]).stdout.split(separator: "\n").map(String.init))
    }

    func testDoctorUpAndDownAroundAStudentsStack() throws {
        let testbed = try DockerTestbed.require()
        let workspace = try SolutionWorkspace(lab: "classroom-lb", solution: "solution")
        let volumesBefore = try volumes(testbed)

        let ready = try berth(testbed, ["doctor"], in: workspace.path)
        XCTAssertEqual(ready.status, 0, ready.stdout + ready.stderr)
        XCTAssertTrue(ready.stdout.contains("✓ engine   Docker "), ready.stdout)
        XCTAssertTrue(ready.stdout.contains("✓ compose  v2."), ready.stdout)
        XCTAssertTrue(ready.stdout.contains("✓ port 9999 free"), ready.stdout)

        let up = try berth(testbed, ["up"], in: workspace.path)
        defer { _ = try? berth(testbed, ["down", "--volumes"], in: workspace.path) }
        XCTAssertEqual(up.status, 0, up.stdout + up.stderr)
        XCTAssertTrue(up.stdout.contains("http://localhost:9999"), up.stdout)
        XCTAssertTrue(up.stdout.contains("Stop it: berth down"), up.stdout)
        let answer = try testbed.curl("http://localhost:9999/instance")
        XCTAssertTrue(answer.stdout.contains("\"instance\""), answer.stdout + answer.stderr)

        let busy = try berth(testbed, ["doctor"], in: workspace.path)
        XCTAssertEqual(busy.status, 3, "a published port in use is not ready")
        XCTAssertTrue(busy.stdout.contains("✗ port 9999 in use"), busy.stdout)

        let down = try berth(testbed, ["down"], in: workspace.path)
        XCTAssertEqual(down.status, 0, down.stderr)
        XCTAssertTrue(down.stdout.contains("the volumes keep your data"), down.stdout)
        XCTAssertFalse(try volumes(testbed).subtracting(volumesBefore).isEmpty, "the data volumes stay without --volumes")
        let gone = try berth(testbed, ["down", "--volumes"], in: workspace.path)
        XCTAssertEqual(gone.status, 0, gone.stderr)
        XCTAssertEqual(try volumes(testbed), volumesBefore)
        XCTAssertEqual(try testbed.docker(["ps", "--all", "--quiet", "--filter", "label=com.docker.compose.project.working_dir=\(workspace.path)"]).stdout, "")
    }

    func testWithoutAnEngineDoctorSaysWhatToInstall() throws {
        let folder = try TemporaryDirectory(prefix: "berth-doctor")
        let result = try CommandRunner.berth(["doctor"], environment: ["DOCKER_HOST": "unix:///nonexistent.sock"], in: folder.path)
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.stdout.contains("✗ Docker  The Docker engine at unix:///nonexistent.sock cannot be reached"), result.stdout)
        let up = try CommandRunner.berth(["up"], in: folder.path)
        XCTAssertEqual(up.status, 2)
        XCTAssertTrue(up.stderr.contains("no compose file"), up.stderr)
    }
}
