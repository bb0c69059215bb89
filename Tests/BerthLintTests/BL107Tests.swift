import BerthLint
import XCTest

/// BL107: relative WORKDIR (hadolint DL3000).
final class BL107Tests: XCTestCase {
    func testCatchesRelativePath() {
        assertDockerfileFindings(BL107.self, "FROM alpine:3.20\nWORKDIR 1️⃣app\n")
    }

    func testCatchesVariableResolvingToRelativePath() {
        assertDockerfileFindings(BL107.self, "FROM alpine:3.20\nARG DIR=app\nWORKDIR 1️⃣${DIR}\n")
    }

    func testCatchesNotAbsoluteQuotedVariableOrWindowsPaths() {
        assertDockerfileFindings(BL107.self, "FROM alpine:3.20\nWORKDIR /app\nWORKDIR \"/srv\"\nWORKDIR $HOME\nWORKDIR C:\\app\n")
    }

    func testMessageGivesTheResolvedPath() {
        XCTAssertEqual(dockerfileMessages(BL107.self, "FROM alpine:3.20\nWORKDIR /srv\nWORKDIR data\n"),
                       ["WORKDIR data is relative, so it depends on the WORKDIR before it; write the absolute path (/srv/data)"])
    }
}
