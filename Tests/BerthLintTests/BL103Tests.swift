import BerthLint
import XCTest

/// BL103: apt-get install without -y (hadolint DL3014).
final class BL103Tests: XCTestCase {
    func testCatchesMissingYes() {
        assertDockerfileFindings(BL103.self, "FROM debian:12\nRUN apt-get update && apt-get 1️⃣install curl\n")
    }

    func testCatchesInHeredocScript() {
        assertDockerfileFindings(BL103.self, "FROM debian:12\nRUN <<EOF\napt-get 1️⃣install curl\nEOF\n")
    }

    func testCatchesNotWithYesSpellings() {
        assertDockerfileFindings(BL103.self, "FROM debian:12\nRUN apt-get install -y a\nRUN apt-get -qq install b\nRUN apt-get install --yes c\nRUN apt-get install --assume-yes d\nRUN apt install e\n")
    }
}
