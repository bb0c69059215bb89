import BerthLint
import XCTest

/// BL100: Untagged base image (hadolint DL3006).
final class BL100Tests: XCTestCase {
    func testCatchesUntaggedImage() {
        assertDockerfileFindings(BL100.self, "FROM 1️⃣ubuntu\nRUN echo hi\n")
    }

    func testCatchesUntaggedImageWithRegistryAndPlatform() {
        assertDockerfileFindings(BL100.self, "FROM --platform=linux/amd64 1️⃣ghcr.io/acme/app AS build\n")
    }

    func testCatchesVariableResolvedToUntaggedImage() {
        assertDockerfileFindings(BL100.self, "ARG BASE=node\nFROM 1️⃣$BASE\n")
    }

    func testCatchesNotTaggedDigestScratchOrStage() {
        assertDockerfileFindings(BL100.self, "FROM golang:1.22 AS build\nFROM build\nFROM scratch\nFROM alpine@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n")
    }

    func testCatchesNotUnresolvedVariable() {
        assertDockerfileFindings(BL100.self, "ARG BASE\nFROM $BASE\nFROM ${REGISTRY}/app:1\n")
    }

    func testMessageSuggestsPinning() {
        XCTAssertEqual(dockerfileMessages(BL100.self, "FROM node\n"),
                       ["FROM node has no tag, so each build may pull a different image; pin a version (node:<version>)"])
    }
}
