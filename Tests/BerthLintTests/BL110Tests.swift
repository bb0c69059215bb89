import BerthLint
import XCTest

/// BL110: consecutive RUNs (hadolint DL3059).
final class BL110Tests: XCTestCase {
    func testCatchesTwoSingleCommandRuns() {
        assertDockerfileFindings(BL110.self, "FROM alpine:3.20\nRUN apk add curl\n1️⃣RUN adduser -D app\n")
    }

    func testCatchesAcrossCommentsAndBlankLines() {
        assertDockerfileFindings(BL110.self, "FROM alpine:3.20\nRUN a\n\n# why\n1️⃣RUN b\n2️⃣RUN c\n")
    }

    func testCatchesNotChainsDifferentFlagsOrSeparatedRuns() {
        assertDockerfileFindings(BL110.self, "FROM alpine:3.20\nRUN a && b\nRUN c\nRUN --mount=type=cache,target=/root/.cache d\nENV X=1\nRUN e\n")
    }
}
