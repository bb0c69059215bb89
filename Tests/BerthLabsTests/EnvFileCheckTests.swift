import BerthFormats
import BerthLabs
import XCTest

final class EnvFileCheckTests: XCTestCase {
    private let origin = """
        path: backend.env
        read-by: docker-run
        values: {CORS_ALLOW_ORIGIN: "http://localhost:9000"}
        """

    func testPassesOnTheExactValueWithCommentsAroundIt() throws {
        let check = try makeCheck(EnvFileCheck.self, origin)
        try assertCheck(check, .pass, on: ["backend.env": "# The page's origin\r\nCORS_ALLOW_ORIGIN=http://localhost:9000\r\n"])
    }

    func testFailsOnAnEmptyRepositoryAndOnAFileWithoutTheVariable() throws {
        let check = try makeCheck(EnvFileCheck.self, origin)
        XCTAssertEqual(try assertCheck(check, .fail, on: [:]).found, "no file backend.env")
        XCTAssertEqual(try assertCheck(check, .fail, on: ["backend.env": "PORT=5252\n"]).found, "no line sets CORS_ALLOW_ORIGIN")
        let commented = try assertCheck(check, .fail, on: ["backend.env": "# CORS_ALLOW_ORIGIN=http://localhost:9000\n"])
        XCTAssertEqual(commented.found, "only a commented-out CORS_ALLOW_ORIGIN (line 1); remove the `#`")
        let misspelt = try assertCheck(check, .fail, on: ["backend.env": "CORS_ALLOWED_ORIGIN=http://localhost:9000\n"])
        XCTAssertEqual(misspelt.found, "no CORS_ALLOW_ORIGIN, but CORS_ALLOWED_ORIGIN: the name must be exactly CORS_ALLOW_ORIGIN")
    }

    func testATrailingSlashIsNamedAtTheValue() throws {
        let check = try makeCheck(EnvFileCheck.self, origin)
        let outcome = try assertCheck(check, .fail, on: ["backend.env": "PORT=5252\nCORS_ALLOW_ORIGIN=http://localhost:9000/\n"])
        XCTAssertEqual(outcome.location, SourceLocation(file: "backend.env", line: 2, column: 19))
        XCTAssertEqual(outcome.found, "CORS_ALLOW_ORIGIN=http://localhost:9000/, with `/` after http://localhost:9000")
    }

    func testQuotesAndACommentAfterTheValueAreWrongForDockerRunOnly() throws {
        let check = try makeCheck(EnvFileCheck.self, origin)
        let quoted = try assertCheck(check, .fail, on: ["backend.env": "CORS_ALLOW_ORIGIN=\"http://localhost:9000\"\n"])
        XCTAssertTrue(quoted.found.contains("keeps the quotes as part of the value"), quoted.found)
        let comment = try assertCheck(check, .fail, on: ["backend.env": "CORS_ALLOW_ORIGIN=http://localhost:9000  # the page\n"])
        XCTAssertTrue(comment.found.contains("keeps the `#` comment"), comment.found)
        let spaces = try assertCheck(check, .fail, on: ["backend.env": "CORS_ALLOW_ORIGIN=http://localhost:9000 \n"])
        XCTAssertTrue(spaces.found.contains("trailing spaces"), spaces.found)

        let compose = try makeCheck(EnvFileCheck.self, origin.replacingOccurrences(of: "docker-run", with: "compose"))
        try assertCheck(compose, .pass, on: ["backend.env": "CORS_ALLOW_ORIGIN=\"http://localhost:9000\"  # the page\n"])
    }

    func testTheLastOfTwoLinesCountsAndBothAreNamed() throws {
        let check = try makeCheck(EnvFileCheck.self, origin)
        let outcome = try assertCheck(check, .fail, on: [
            "backend.env": "CORS_ALLOW_ORIGIN=http://localhost:9000\nCORS_ALLOW_ORIGIN=http://localhost:3000\n",
        ])
        XCTAssertEqual(outcome.location?.line, 2)
        XCTAssertTrue(outcome.found.hasSuffix("line 2 sets it again after line 1, and the last line wins"), outcome.found)
        try assertCheck(check, .pass, on: ["backend.env": "CORS_ALLOW_ORIGIN=*\nCORS_ALLOW_ORIGIN=http://localhost:9000\n"])
    }

    func testAFileDockerRunRefusesFailsAtTheBadLine() throws {
        let check = try makeCheck(EnvFileCheck.self, "path: backend.env\nread-by: docker-run\nnames: [CORS_ALLOW_ORIGIN]")
        try assertCheck(check, .pass, on: ["backend.env": "CORS_ALLOW_ORIGIN=anything\n"])
        let outcome = try assertCheck(check, .fail, on: ["backend.env": "export CORS_ALLOW_ORIGIN=http://localhost:9000\n"])
        XCTAssertEqual(outcome.location, SourceLocation(file: "backend.env", line: 1, column: 7))
        XCTAssertEqual(outcome.expected, "a file docker run --env-file accepts")
    }

    func testAManifestWithNothingToLookForOrAnUnknownReaderIsRefused() {
        XCTAssertEqual(decodeCheck(EnvFileCheck.self, "path: backend.env").1,
                       ["lab.yaml:1:7: error: an env-file check needs `names:` or `values:` to look for"])
        let (_, problems) = decodeCheck(EnvFileCheck.self, "path: a.env\nnames: [A]\nread-by: podman")
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems.first?.contains("one of docker-run, compose, not `podman`") == true, "\(problems)")
    }
}
