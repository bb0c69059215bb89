import BerthLint
import XCTest

/// BL108: cd in RUN (hadolint DL3003).
final class BL108Tests: XCTestCase {
    func testCatchesCd() {
        assertDockerfileFindings(BL108.self, "FROM alpine:3.20\nRUN 1️⃣cd /src && make\n")
    }

    func testCatchesCdInSubshellSubstitutionAndIf() {
        assertDockerfileFindings(BL108.self, "FROM alpine:3.20\nRUN (1️⃣cd /x && make)\nRUN dir=$(2️⃣cd /y && pwd)\nRUN if [ -d /z ]; then 3️⃣cd /z; fi\n")
    }

    func testCatchesNotCdAsAnArgumentOrInAString() {
        assertDockerfileFindings(BL108.self, "FROM alpine:3.20\nRUN echo cd\nRUN sh -c \"cd /x\"\nONBUILD RUN cd /x\n")
    }
}
