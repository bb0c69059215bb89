import BerthLint
import XCTest

/// BL113: invalid EXPOSE port (hadolint DL3011).
final class BL113Tests: XCTestCase {
    func testCatchesPortAboveRange() {
        assertDockerfileFindings(BL113.self, "FROM alpine:3.20\nEXPOSE 80 1️⃣70000\n")
    }

    func testCatchesRangeEndAboveRangeAndNonNumbers() {
        assertDockerfileFindings(BL113.self, "FROM alpine:3.20\nEXPOSE 1️⃣8000-70000/tcp 2️⃣http\n")
    }

    func testCatchesNotValidPortsRangesOrBuildTimeVariables() {
        assertDockerfileFindings(BL113.self, "FROM alpine:3.20\nARG PORT\nEXPOSE 80 443/tcp 53/udp 8000-8010 $PORT\n")
    }
}
