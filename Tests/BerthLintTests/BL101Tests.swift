import BerthLint
import XCTest

/// BL101: latest tag (hadolint DL3007).
final class BL101Tests: XCTestCase {
    func testCatchesLatestAtTheTag() {
        assertDockerfileFindings(BL101.self, "FROM ubuntu:1️⃣latest\n")
    }

    func testCatchesLatestInEveryStage() {
        assertDockerfileFindings(BL101.self, "FROM node:2️⃣latest AS build\nFROM nginx:1️⃣latest\n")
    }

    func testCatchesNotPinnedOrUntagged() {
        assertDockerfileFindings(BL101.self, "FROM ubuntu:24.04\nFROM nginx\nFROM node:latest-slim\n")
    }
}
