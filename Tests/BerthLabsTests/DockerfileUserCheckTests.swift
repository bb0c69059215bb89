import BerthFormats
import BerthLabs
import BerthTestSupport
import XCTest

final class DockerfileUserCheckTests: XCTestCase {
    func testANamedUserPassesAndPointsAtIt() throws {
        let check = try makeCheck(DockerfileUserCheck.self, "path: Dockerfile")
        let outcome = try assertCheck(check, .pass, on: ["Dockerfile": "FROM ubuntu:24.04\nRUN useradd app\nUSER app\n"])
        XCTAssertEqual(outcome.location?.description, "Dockerfile:3:6")
        XCTAssertEqual(outcome.found, "`USER app` at line 3")
        try assertCheck(check, .pass, on: ["Dockerfile": "FROM ubuntu:24.04\nUSER 1000:1000\n"])
    }

    func testNoUserPointsAtTheFinalStage() throws {
        let check = try makeCheck(DockerfileUserCheck.self, "path: Dockerfile")
        let outcome = try assertCheck(check, .fail, on: ["Dockerfile": "FROM swift:6.3 AS build\nUSER builder\nFROM ubuntu:24.04\nCMD [\"app\"]\n"])
        XCTAssertEqual(outcome.location?.description, "Dockerfile:3:1")
        XCTAssertEqual(outcome.found, "no USER is set in the final stage, so the container runs as the base image's user: root for nearly every image")
    }

    func testRootInAnySpellingFails() throws {
        let check = try makeCheck(DockerfileUserCheck.self, "path: Dockerfile")
        let numeric = try assertCheck(check, .fail, on: ["Dockerfile": "FROM ubuntu:24.04\nUSER app\nUSER 0:0\n"])
        XCTAssertEqual(numeric.location?.description, "Dockerfile:3:6")
        XCTAssertEqual(numeric.found, "`USER 0:0` at line 3 (uid 0 is root): the container runs with full privileges; create a user and switch to it")
        let named = try assertCheck(check, .fail, on: ["Dockerfile": "FROM ubuntu:24.04\nUSER root\n"])
        XCTAssertEqual(named.found, "`USER root` at line 2: the container runs with full privileges; create a user and switch to it")
    }

    func testAUserSetInTheStageTheFinalOneIsBuiltOnCounts() throws {
        let check = try makeCheck(DockerfileUserCheck.self, "path: Dockerfile")
        let outcome = try assertCheck(check, .pass, on: ["Dockerfile": "FROM ubuntu:24.04 AS base\nUSER nobody\nFROM base\nCMD [\"true\"]\n"])
        XCTAssertEqual(outcome.location?.description, "Dockerfile:2:6")
    }

    func testManifestProblemsArePositioned() {
        let (check, problems) = decodeCheck(DockerfileUserCheck.self, "path: Dockerfile\nstage: final\n")
        XCTAssertNotNil(check)
        XCTAssertEqual(problems, ["lab.yaml:2:1: error: unknown key `stage` in check `test`; known keys: path"])
    }
}
