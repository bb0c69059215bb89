import BerthLint
import XCTest

/// BL106: shell-form CMD and ENTRYPOINT (hadolint DL3025).
final class BL106Tests: XCTestCase {
    func testCatchesShellFormCommandAndEntrypoint() {
        assertDockerfileFindings(BL106.self, "FROM python:3.12\nENTRYPOINT 1️⃣python\nCMD 2️⃣app.py --port 5252\n")
    }

    func testCatchesBrokenJsonThatFallsBackToShell() {
        assertDockerfileFindings(BL106.self, "FROM python:3.12\nCMD 1️⃣['python', 'app.py']\n")
    }

    func testCatchesShellFormHealthcheck() {
        assertDockerfileFindings(BL106.self, "FROM python:3.12\nHEALTHCHECK --interval=30s CMD 1️⃣curl -f http://localhost/ || exit 1\n")
    }

    func testCatchesNotExecForm() {
        assertDockerfileFindings(BL106.self, "FROM python:3.12\nENTRYPOINT [\"python\"]\nCMD [\"app.py\"]\nHEALTHCHECK CMD [\"curl\", \"-f\", \"http://localhost/\"]\nHEALTHCHECK NONE\n")
    }

    func testMessageShowsTheExecForm() {
        XCTAssertEqual(dockerfileMessages(BL106.self, "FROM python:3.12\nCMD python app.py\n"),
                       ["CMD python app.py runs under /bin/sh -c, which does not pass on SIGTERM; write CMD [\"python\", \"app.py\"]"])
    }
}
