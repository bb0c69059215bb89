import BerthFormats
import BerthLabs
import BerthTestSupport
import XCTest

/// The `service:` selector every compose kind shares, seen through compose-restart.
final class ComposeServiceSelectorCheckTests: XCTestCase {
    private let compose = """
        services:
          proxy:
            image: docker.io/library/nginx:1.27
            restart: always
          api:
            build:
              context: ./backend
            restart: always
        """

    func testSelectsByNameListImageAndBuildFolder() throws {
        for selector in ["service: api", "service: [back-end, api]", "service: {image: nginx}", "service: {build: backend}",
                         "service: {build: ./backend/}"] {
            let check = try makeCheck(ComposeRestartCheck.self, selector)
            try assertCheck(check, .pass, on: ["compose.yaml": compose])
        }
    }

    func testAnImageThatIsNotThereListsTheServices() throws {
        let check = try makeCheck(ComposeRestartCheck.self, "service: {image: redis}")
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": compose])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 1, column: 1))
        XCTAssertEqual(outcome.found,
                       "no service runs image `redis`; the services are `proxy` (image docker.io/library/nginx:1.27), `api` (build ./backend)")
    }

    func testABuildFolderNearMissIsNamed() throws {
        let check = try makeCheck(ComposeRestartCheck.self, "service: {build: back-end}")
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": compose])
        XCTAssertTrue(outcome.found.hasPrefix("a build from `backend` (the task asks for `back-end`)"), outcome.found)
    }

    func testABadSelectorIsAManifestProblem() {
        let (check, problems) = decodeCheck(ComposeRestartCheck.self, "service: {tag: latest}\n")
        XCTAssertNil(check)
        XCTAssertEqual(problems, [
            "lab.yaml:1:10: error: `service:` of check `test` is a service name, a list of names, {image: NAME} or {build: FOLDER}",
        ])
    }
}
