import BerthLint
import XCTest

/// BL102: apt lists left in the layer (hadolint DL3009).
final class BL102Tests: XCTestCase {
    func testCatchesUpdateWithoutCleanupInFinalStage() {
        assertDockerfileFindings(BL102.self, "FROM debian:12\nRUN 1️⃣apt-get update && apt-get install -y curl\n")
    }

    func testCatchesOnAContinuationLine() {
        assertDockerfileFindings(BL102.self, "FROM debian:12\nRUN set -eux; \\\n    1️⃣apt-get update; \\\n    apt-get install -y curl\n")
    }

    func testCatchesStageUsedAsBase() {
        assertDockerfileFindings(BL102.self, "FROM debian:12 AS base\nRUN 1️⃣apt update\nFROM base\n")
    }

    func testCatchesNotWhenListsRemoved() {
        assertDockerfileFindings(BL102.self, "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n")
    }

    func testCatchesNotInDiscardedBuildStage() {
        assertDockerfileFindings(BL102.self, "FROM debian:12 AS build\nRUN apt-get update\nFROM scratch\nCOPY --from=build /x /x\n")
    }
}
