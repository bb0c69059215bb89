import BerthLint
import XCTest

/// BL112: more than one ENTRYPOINT (hadolint DL4004).
final class BL112Tests: XCTestCase {
    func testCatchesSecondEntrypoint() {
        assertDockerfileFindings(BL112.self, "FROM alpine:3.20\nENTRYPOINT [\"a\"]\nCMD [\"x\"]\n1️⃣ENTRYPOINT [\"b\"]\n")
    }

    func testCatchesNotOneEntrypointPerStage() {
        assertDockerfileFindings(BL112.self, "FROM alpine:3.20 AS build\nENTRYPOINT [\"a\"]\nFROM alpine:3.20\nENTRYPOINT [\"b\"]\n")
    }
}
