import BerthLint
import XCTest

/// BL118: invalid FROM reference.
final class BL118Tests: XCTestCase {
    func testCatchesUppercaseRepository() {
        assertDockerfileFindings(BL118.self, "FROM 1️⃣Ubuntu:latest\n")
    }

    func testCatchesBadTag() {
        assertDockerfileFindings(BL118.self, "FROM 1️⃣node:-bad\n")
    }

    func testCatchesNotValidReferences() {
        assertDockerfileFindings(BL118.self, "FROM ubuntu:24.04\nFROM localhost:5000/team/app:1.0\nFROM MyRegistry/app:1\n")
    }

    func testMessageSuggestsLowercase() {
        XCTAssertEqual(dockerfileMessages(BL118.self, "FROM Ubuntu:latest\n"), [
            "FROM Ubuntu:latest is not a valid image reference: repository name must be lowercase (write ubuntu:latest)",
        ])
    }
}
