import BerthLint
import XCTest

/// BL114: apt-get update alone in a RUN.
final class BL114Tests: XCTestCase {
    func testCatchesUpdateInItsOwnRun() {
        assertDockerfileFindings(BL114.self, "FROM debian:12\nRUN 1️⃣apt-get update\nRUN apt-get install -y curl\n")
    }

    func testCatchesNotUpdateWithInstallOrUpgrade() {
        assertDockerfileFindings(BL114.self, "FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN apt-get update && apt-get upgrade -y\n")
    }
}
