import BerthLint
import XCTest

/// BL109: last USER is root (hadolint DL3002).
final class BL109Tests: XCTestCase {
    func testCatchesRootAsLastUser() {
        assertDockerfileFindings(BL109.self, "FROM alpine:3.20\nUSER app\nUSER 1️⃣root\n")
    }

    func testCatchesUidZeroWithGroupInAnyStage() {
        assertDockerfileFindings(BL109.self, "FROM alpine:3.20 AS build\nUSER 1️⃣0:0\nFROM alpine:3.20\nUSER app\n")
    }

    func testCatchesNotWhenSwitchedBack() {
        assertDockerfileFindings(BL109.self, "FROM alpine:3.20\nUSER root\nRUN apk add curl\nUSER app\n")
    }
}
