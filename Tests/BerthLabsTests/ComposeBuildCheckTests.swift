import BerthFormats
import BerthLabs
import BerthTestSupport
import XCTest

final class ComposeBuildCheckTests: XCTestCase {
    func testPassesWhenBuiltFromTheFolderWithItsDockerfile() throws {
        let check = try makeCheck(ComposeBuildCheck.self, """
            directory: task4
            service: back-end
            context: back-end
            dockerfile: Dockerfile
            """)
        let compose = MarkedSource("""
            services:
              back-end:
                build:
                  context: 1️⃣./back-end
                  dockerfile: Dockerfile
                image: softy-pinko-back-end:task4
            """)
        let outcome = try assertCheck(check, .pass, on: [
            "task4/compose.yml": compose.text, "task4/back-end/Dockerfile": "FROM python:3\n",
        ])
        XCTAssertEqual(outcome.location, SourceLocation(file: "task4/compose.yml", line: 4, column: 16))
        XCTAssertEqual(outcome.found, "`context: ./back-end`")
    }

    func testATaskFolderWithOnlyTheComposeFileHasNoBuildContext() throws {
        let check = try makeCheck(ComposeBuildCheck.self, "directory: task4\nservice: back-end")
        let compose = MarkedSource("services:\n  back-end:\n    build: 1️⃣./back-end\n")
        let outcome = try assertCheck(check, .fail, on: ["task4/docker-compose.yml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "task4/docker-compose.yml", line: 3, column: 12))
        XCTAssertEqual(outcome.found, "`build: ./back-end`, but there is no folder task4/back-end in the repository")
    }

    func testAMissingDockerfileIsNamed() throws {
        let check = try makeCheck(ComposeBuildCheck.self, "service: web")
        let outcome = try assertCheck(check, .fail, on: [
            "compose.yaml": "services:\n  web:\n    build: .\n", "app.py": "print('hi')\n",
        ])
        XCTAssertEqual(outcome.found, "`build: .`, but there is no Dockerfile to build from")
    }

    func testAnImageInsteadOfABuildFailsAtTheService() throws {
        let check = try makeCheck(ComposeBuildCheck.self, "service: web\ncontext: web")
        let compose = MarkedSource("services:\n  1️⃣web:\n    image: python:3\n")
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 2, column: 3))
        XCTAssertEqual(outcome.found, "`web` has no `build:`; it runs `image: python:3`")
    }

    func testTheWrongContextAndDockerfileAreQuoted() throws {
        let files = ["backend/Dockerfile.prod": "FROM swift\n", "back-end/Dockerfile": "FROM swift\n"]
        let wrongFolder = try makeCheck(ComposeBuildCheck.self, "service: api\ncontext: ./back-end/")
        let outcome = try assertCheck(wrongFolder, .fail, on: files.merging(["compose.yaml": "services:\n  api:\n    build: ./backend\n"]) { $1 })
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 3, column: 12))
        XCTAssertEqual(outcome.found, "`build: ./backend` builds from `backend`")
        let wrongFile = try makeCheck(ComposeBuildCheck.self, "service: api\ndockerfile: Dockerfile")
        let compose = "services:\n  api:\n    build:\n      context: backend\n      dockerfile: Dockerfile.prod\n"
        let other = try assertCheck(wrongFile, .fail, on: files.merging(["compose.yaml": compose]) { $1 })
        XCTAssertEqual(other.location, SourceLocation(file: "compose.yaml", line: 5, column: 19))
        XCTAssertEqual(other.found, "`dockerfile: Dockerfile.prod`")
    }

    func testAnOfficialImageNameOnABuildIsNoted() throws {
        let check = try makeCheck(ComposeBuildCheck.self, "service: first")
        let outcome = try assertCheck(check, .pass, on: [
            "compose.yaml": "services:\n  first:\n    build: .\n    image: ubuntu:latest\n", "Dockerfile": "FROM ubuntu:latest\n",
        ])
        XCTAssertEqual(outcome.found,
                       "`build: .`; `image: ubuntu:latest` together with build: the build overwrites that official image's tag")
    }

    func testManifestProblemsArePositioned() {
        let (check, problems) = decodeCheck(ComposeBuildCheck.self, "context: backend\ndokerfile: Dockerfile\n")
        XCTAssertNil(check)
        XCTAssertEqual(problems, [
            "lab.yaml:1:1: error: check `test` needs `service:` (a service name, a list of names, {image: NAME} or {build: FOLDER})",
            "lab.yaml:2:1: error: unknown key `dokerfile` in check `test`; did you mean `dockerfile`?",
        ])
    }
}
