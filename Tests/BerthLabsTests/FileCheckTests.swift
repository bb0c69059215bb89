import BerthFormats
import BerthLabs
import BerthTestSupport
import XCTest

final class FileCheckTests: XCTestCase {
    func testPassesWhenTheFileExists() throws {
        let check = try makeCheck(FileCheck.self, "path: first-image/Dockerfile")
        try assertCheck(check, .pass, on: ["first-image/Dockerfile": "FROM ubuntu:24.04\n"])
    }

    func testFailsOnAnEmptyRepositoryNamingTheFile() throws {
        let check = try makeCheck(FileCheck.self, "path: first-image/Dockerfile")
        let outcome = try assertCheck(check, .fail, on: [:])
        XCTAssertEqual(outcome.location, SourceLocation(file: "first-image/Dockerfile", line: 1, column: 1))
        XCTAssertEqual(outcome.found, "no file first-image/Dockerfile")
    }

    func testAnEmptyFolderIsCalledAnEmptyGitlink() throws {
        let check = try makeCheck(FileCheck.self, "path: front-end")
        let (directory, repository) = try makeRepository([:])
        try FileManager.default.createDirectory(atPath: directory.path + "/front-end", withIntermediateDirectories: true)
        let outcome = check.evaluate(in: repository)
        XCTAssertEqual(outcome.status, .fail)
        XCTAssertTrue(outcome.found.contains("empty gitlink"), outcome.found)
    }

    func testASymlinkOutOfTheRepositoryIsNotFollowed() throws {
        let check = try makeCheck(FileCheck.self, "path: secret\ncontains: [root]")
        let (directory, repository) = try makeRepository([:])
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/secret", withDestinationPath: "/etc/passwd")
        let outcome = check.evaluate(in: repository)
        XCTAssertEqual(outcome.status, .fail)
        XCTAssertTrue(outcome.found.contains("outside the repository"), outcome.found)
    }

    func testExactLinesNameCRLFTrailingSpacesAndAMissingNewline() throws {
        let check = try makeCheck(FileCheck.self, """
            path: 2-api-servers.txt
            lines: ["docker-compose up --scale back-end=2"]
            final-newline: true
            """)
        try assertCheck(check, .pass, on: ["2-api-servers.txt": "docker-compose up --scale back-end=2\n"])
        let crlf = try assertCheck(check, .fail, on: ["2-api-servers.txt": "docker-compose up --scale back-end=2\r\n"])
        XCTAssertTrue(crlf.found.contains("CRLF"), crlf.found)
        let spaces = try assertCheck(check, .fail, on: ["2-api-servers.txt": "docker-compose up --scale back-end=2 \n"])
        XCTAssertTrue(spaces.found.contains("trailing spaces"), spaces.found)
        let noNewline = try assertCheck(check, .fail, on: ["2-api-servers.txt": "docker-compose up --scale back-end=2"])
        XCTAssertEqual(noNewline.expected, "2-api-servers.txt to end with a newline")
        let comment = try assertCheck(check, .fail, on: ["2-api-servers.txt": "# scale\ndocker-compose up --scale back-end=2\n"])
        XCTAssertEqual(comment.location?.line, 1)
        XCTAssertEqual(comment.found, "`# scale`")
    }

    func testAWindowsLineEndCountsAsAFinalNewline() throws {
        let check = try makeCheck(FileCheck.self, "path: notes.txt\nfinal-newline: true")
        try assertCheck(check, .pass, on: ["notes.txt": "first\r\nsecond\r\n"])
        let outcome = try assertCheck(check, .fail, on: ["notes.txt": "first\r\nsecond"])
        XCTAssertEqual(outcome.location?.line, 2)
    }

    func testContainsNamesTheMissingText() throws {
        let check = try makeCheck(FileCheck.self, "path: app.js\ncontains: [\"/api/hello\"]")
        try assertCheck(check, .pass, on: ["app.js": "fetch('/api/hello')\n"])
        let outcome = try assertCheck(check, .fail, on: ["app.js": "fetch('http://localhost:5252/hello')\n"])
        XCTAssertEqual(outcome.found, "no `/api/hello` in app.js")
    }

    func testManifestProblemsArePositioned() {
        let (check, problems) = decodeCheck(FileCheck.self, "paht: x\n")
        XCTAssertNil(check)
        XCTAssertEqual(problems, [
            "lab.yaml:1:1: error: check `test` needs `path:` (the file's path in the repository)",
            "lab.yaml:1:1: error: unknown key `paht` in check `test`; did you mean `path`?",
        ])
    }
}
