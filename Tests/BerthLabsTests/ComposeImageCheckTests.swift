import BerthFormats
import BerthLabs
import BerthTestSupport
import XCTest

final class ComposeImageCheckTests: XCTestCase {
    func testPassesOnAPinnedImageOfTheRepository() throws {
        let check = try makeCheck(ComposeImageCheck.self, "service: db\nimage: [postgres, postgis]\ntag: pinned")
        let compose = MarkedSource("services:\n  db:\n    image: 1️⃣postgres:16-alpine\n")
        let outcome = try assertCheck(check, .pass, on: ["compose.yaml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 3, column: 12))
        XCTAssertEqual(outcome.found, "`image: postgres:16-alpine`")
    }

    func testAnUntaggedImageIsNotPinned() throws {
        let check = try makeCheck(ComposeImageCheck.self, "service: cache\nimage: redis\ntag: pinned")
        let compose = MarkedSource("services:\n  cache:\n    image: 1️⃣redis\n")
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": compose.text])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 3, column: 12))
        XCTAssertEqual(outcome.found, "`image: redis` has no tag, so it means `latest`, which changes under you")
    }

    func testTheWrongTagAndTheWrongImageAreQuoted() throws {
        let latest = try makeCheck(ComposeImageCheck.self, "service: {image: nginx}\nimage: nginx\ntag: latest")
        let alpine = try assertCheck(latest, .fail, on: ["compose.yaml": "services:\n  proxy:\n    image: nginx:alpine\n"])
        XCTAssertEqual(alpine.found, "`image: nginx:alpine` has the tag `alpine`, not `latest`")
        try assertCheck(latest, .pass, on: ["compose.yaml": "services:\n  proxy:\n    image: nginx\n"])
        let exact = try makeCheck(ComposeImageCheck.self, "service: back-end\nimage: softy-pinko-back-end\ntag: task4")
        let wrong = try assertCheck(exact, .fail, on: ["compose.yaml": "services:\n  back-end:\n    image: softy-pinko-backend:task4\n"])
        XCTAssertEqual(wrong.found, "`image: softy-pinko-backend:task4` (image `softy-pinko-backend`)")
    }

    func testABuiltServiceWithoutAnImageFailsAtTheService() throws {
        let check = try makeCheck(ComposeImageCheck.self, "service: api\nimage: backend")
        let outcome = try assertCheck(check, .fail, on: ["compose.yaml": "services:\n  api:\n    build: ./backend\n"])
        XCTAssertEqual(outcome.location, SourceLocation(file: "compose.yaml", line: 2, column: 3))
        XCTAssertEqual(outcome.found, "`api` has no `image:`; it is built from ./backend")
    }

    func testManifestProblemsArePositioned() {
        let (check, problems) = decodeCheck(ComposeImageCheck.self, "service: db\n")
        XCTAssertNil(check)
        XCTAssertEqual(problems, ["lab.yaml:1:1: error: check `test` needs `image:` (the image's repository name, like postgres)"])
    }
}
