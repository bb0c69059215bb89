import BerthLint
import XCTest

/// BL104: apt-get install with recommends (hadolint DL3015).
final class BL104Tests: XCTestCase {
    func testCatchesMissingNoInstallRecommends() {
        assertDockerfileFindings(BL104.self, "FROM debian:12\nRUN apt-get 1️⃣install -y curl\n")
    }

    func testCatchesNotWithTheFlagOrTheOption() {
        assertDockerfileFindings(BL104.self, "FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\nRUN apt-get install -y -o APT::Install-Recommends=false curl\n")
    }
}
