import BerthTestSupport
import Foundation
import XCTest

/// Lab `stack`'s first tasks, run from their reference solutions: the images a student builds
/// and runs one at a time with `docker run`, before there is a compose file.
final class StackSolutionImageTests: XCTestCase {
    func testFirstImagePrintsHelloWorld() throws {
        let stack = try StackSolutionStack("00-first-image", testbed: try DockerTestbed.require())
        defer { stack.down() }

        let tag = try XCTUnwrap(try stack.buildImages(["first-image"])["first-image"])
        let run = try stack.testbed.docker(["run", "--rm", tag])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stdout, "Hello, World!\n")
    }

    func testBackendImageAnswersHelloAndRunsAsAnUnprivilegedUser() throws {
        let stack = try StackSolutionStack("01-backend-image", testbed: try DockerTestbed.require())
        defer { stack.down() }

        let backend = try XCTUnwrap(try stack.buildImages(["backend"])["backend"])
        try stack.start(backend, options: ["--publish", "5252:5252"])
        try stack.waitUntilAnswering("http://localhost:5252/api/hello")
        let hello = try stack.json("http://localhost:5252/api/hello")
        XCTAssertEqual(hello["message"] as? String, "Hello, World!")

        let user = try stack.testbed.docker(["run", "--rm", "--entrypoint", "id", backend, "-u"])
        XCTAssertEqual(user.status, 0, user.stderr)
        XCTAssertFalse(user.stdout.isEmpty)
        XCTAssertNotEqual(user.stdout, "0\n", "the backend image runs as root")
        // The toolchain stays in the build stage: the runtime image has no swift.
        let swift = try stack.testbed.docker(["run", "--rm", "--entrypoint", "sh", backend, "-c", "command -v swift"])
        XCTAssertNotEqual(swift.status, 0, "swift is in the runtime image at \(swift.stdout)")
    }

    func testFrontendServesTheSiteWithItsContentTypesOnPort9000() throws {
        let stack = try StackSolutionStack("02-frontend", testbed: try DockerTestbed.require())
        defer { stack.down() }

        let frontend = try XCTUnwrap(try stack.buildImages(["frontend"])["frontend"])
        try stack.start(frontend, options: ["--publish", "9000:9000"])
        try stack.waitUntilAnswering("http://localhost:9000/")
        let expected = ["/": "text/html", "/index.html": "text/html", "/style.css": "text/css",
                        "/app.js": "application/javascript"]
        for (path, type) in expected {
            let answer = try stack.statusAndHeader("http://localhost:9000\(path)", "content-type")
            XCTAssertEqual(answer.status, "200", path)
            XCTAssertEqual(answer.value?.split(separator: ";").first.map(String.init), type, path)
        }
        XCTAssertTrue(try stack.body("http://localhost:9000/").contains("<title>berth"))
        XCTAssertEqual(try stack.statusAndHeader("http://localhost:9000/missing.html", "content-type").status, "404")
    }

    func testBackendAllowsTheFrontendsOriginAndThePageCallsIt() throws {
        let stack = try StackSolutionStack("03-cors", testbed: try DockerTestbed.require())
        defer { stack.down() }

        let tags = try stack.buildImages(["backend", "frontend"])
        try stack.start(try XCTUnwrap(tags["backend"]), options: ["--publish", "5252:5252", "--env-file", "backend.env"])
        try stack.start(try XCTUnwrap(tags["frontend"]), options: ["--publish", "9000:9000"])
        try stack.waitUntilAnswering("http://localhost:5252/api/hello")
        try stack.waitUntilAnswering("http://localhost:9000/")

        let preflight = ["--request", "OPTIONS", "--header", "Access-Control-Request-Method: GET"]
        let page = try stack.statusAndHeader("http://localhost:5252/api/hello", "access-control-allow-origin",
                                             preflight + ["--header", "Origin: http://localhost:9000"])
        XCTAssertTrue(page.status.hasPrefix("2"), "preflight answered \(page.status)")
        XCTAssertEqual(page.value, "http://localhost:9000")
        let other = try stack.statusAndHeader("http://localhost:5252/api/hello", "access-control-allow-origin",
                                              preflight + ["--header", "Origin: http://elsewhere.example"])
        XCTAssertNil(other.value, "another origin is allowed too")
        let simple = try stack.statusAndHeader("http://localhost:5252/api/hello", "access-control-allow-origin",
                                               ["--header", "Origin: http://localhost:9000"])
        XCTAssertEqual(simple.status, "200")
        XCTAssertEqual(simple.value, "http://localhost:9000")

        let script = try stack.body("http://localhost:9000/app.js")
        XCTAssertTrue(script.contains("const API_BASE = \"http://localhost:5252\";"), script)
    }
}
