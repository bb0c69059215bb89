import BerthLint
import XCTest

/// BL111: more than one CMD (hadolint DL4003).
final class BL111Tests: XCTestCase {
    func testCatchesSecondCmd() {
        assertDockerfileFindings(BL111.self, "FROM alpine:3.20\nCMD [\"a\"]\n1️⃣CMD [\"b\"]\n")
    }

    func testCatchesNotOneCmdPerStage() {
        assertDockerfileFindings(BL111.self, "FROM alpine:3.20 AS build\nCMD [\"a\"]\nFROM alpine:3.20\nCMD [\"b\"]\n")
    }
}
