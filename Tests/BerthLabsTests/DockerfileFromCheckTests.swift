import BerthFormats
import BerthLabs
import BerthTestSupport
import XCTest

final class DockerfileFromCheckTests: XCTestCase {
    private let pinnedUbuntu = "path: Dockerfile\nimage: ubuntu\ntag: pinned"

    func testPinnedTagPassesAndPointsAtTheImage() throws {
        let check = try makeCheck(DockerfileFromCheck.self, pinnedUbuntu)
        let outcome = try assertCheck(check, .pass, on: ["Dockerfile": "# base\nFROM ubuntu:24.04\n"])
        XCTAssertEqual(outcome.location?.description, "Dockerfile:2:6")
        XCTAssertEqual(outcome.found, "`FROM ubuntu:24.04` at line 2")
        try assertCheck(check, .pass, on: ["Dockerfile": "FROM ubuntu@sha256:\(String(repeating: "a", count: 64))\n"])
    }

    func testLatestOrNoTagFailsAPinnedCheck() throws {
        let check = try makeCheck(DockerfileFromCheck.self, pinnedUbuntu)
        let latest = try assertCheck(check, .fail, on: ["Dockerfile": "FROM ubuntu:latest\n"])
        XCTAssertEqual(latest.location?.description, "Dockerfile:1:6")
        XCTAssertEqual(latest.expected, "FROM `ubuntu` with a pinned tag (a version, not latest)")
        XCTAssertEqual(latest.found, "`FROM ubuntu:latest` at line 1: `latest` changes with every release; name a version")
        let untagged = try assertCheck(check, .fail, on: ["Dockerfile": "FROM ubuntu\n"])
        XCTAssertTrue(untagged.found.hasSuffix("no tag, so Docker pulls `latest`, which changes with every release"), untagged.found)
    }

    func testLatestAsksForLatestAndAcceptsNoTag() throws {
        let check = try makeCheck(DockerfileFromCheck.self, "path: task0/Dockerfile\nimage: ubuntu\ntag: latest")
        try assertCheck(check, .pass, on: ["task0/Dockerfile": "FROM ubuntu:latest\n"])
        let implicit = try assertCheck(check, .pass, on: ["task0/Dockerfile": "FROM ubuntu\n"])
        XCTAssertEqual(implicit.found, "`FROM ubuntu` at line 1 (no tag: Docker uses latest)")
        let pinned = try assertCheck(check, .fail, on: ["task0/Dockerfile": "FROM ubuntu:22.04\n"])
        XCTAssertEqual(pinned.location?.description, "task0/Dockerfile:1:6")
        XCTAssertEqual(pinned.found, "`FROM ubuntu:22.04` at line 1: the tag is `22.04`, not `latest`")
    }

    func testAnExactTagNamesTheOneWritten() throws {
        let check = try makeCheck(DockerfileFromCheck.self, "path: Dockerfile\nimage: nginx\ntag: latest")
        let outcome = try assertCheck(check, .fail, on: ["Dockerfile": "FROM nginx:alpine\n"])
        XCTAssertEqual(outcome.found, "`FROM nginx:alpine` at line 1: the tag is `alpine`, not `latest`")
        let exact = try makeCheck(DockerfileFromCheck.self, "path: Dockerfile\nimage: python\ntag: 3.12-slim")
        try assertCheck(exact, .pass, on: ["Dockerfile": "FROM python:3.12-slim\n"])
        let other = try assertCheck(exact, .fail, on: ["Dockerfile": "FROM python:3.11\n"])
        XCTAssertEqual(other.found, "`FROM python:3.11` at line 1: the tag is `3.11`, not `3.12-slim`")
    }

    func testNamesAreComparedAsDockerNormalisesThem() throws {
        let check = try makeCheck(DockerfileFromCheck.self, "path: Dockerfile\nimage: [library/ubuntu, debian]")
        try assertCheck(check, .pass, on: ["Dockerfile": "FROM docker.io/library/ubuntu:24.04\n"])
        try assertCheck(check, .pass, on: ["Dockerfile": "FROM docker.io/ubuntu\n"])
        try assertCheck(check, .pass, on: ["Dockerfile": "ARG BASE=debian:12\nFROM $BASE\n"])
        let other = try assertCheck(check, .fail, on: ["Dockerfile": "FROM ghcr.io/library/ubuntu:24.04\n"])
        XCTAssertEqual(other.found, "`FROM ghcr.io/library/ubuntu:24.04` at line 1: the image is `ghcr.io/library/ubuntu`")
        XCTAssertEqual(other.expected, "FROM `ubuntu` or `debian`")
    }

    func testAnUpperCaseImageNameIsRefusedInPlainWords() throws {
        let check = try makeCheck(DockerfileFromCheck.self, "path: Dockerfile\nimage: ubuntu\ntag: latest")
        let outcome = try assertCheck(check, .fail, on: ["Dockerfile": "FROM Ubuntu:latest\nCMD [\"echo\", \"hi\"]\n"])
        XCTAssertEqual(outcome.location?.description, "Dockerfile:1:6")
        XCTAssertEqual(outcome.found,
                       "`FROM Ubuntu:latest` at line 1: image names are lower-case, so Docker refuses it; write `ubuntu:latest`")
    }

    func testTheFinalStageIsCheckedUnlessAnotherIsNamed() throws {
        let file = ["Dockerfile": "FROM swift:6.3 AS build\nRUN swift build\n\nFROM ubuntu:24.04\nCOPY --from=build /b /b\n"]
        let final = try makeCheck(DockerfileFromCheck.self, "path: Dockerfile\nimage: swift")
        let outcome = try assertCheck(final, .fail, on: file)
        XCTAssertEqual(outcome.location?.description, "Dockerfile:4:6")
        XCTAssertEqual(outcome.expected, "FROM `swift` in the final stage")
        XCTAssertEqual(outcome.found, "`FROM ubuntu:24.04` at line 4: the image is `ubuntu`")
        for stage in ["build", "first", "any"] {
            try assertCheck(try makeCheck(DockerfileFromCheck.self, "path: Dockerfile\nimage: swift\nstage: \(stage)"), .pass, on: file)
        }
        let unknown = try assertCheck(try makeCheck(DockerfileFromCheck.self, "path: Dockerfile\nstage: builder"), .fail, on: file)
        XCTAssertEqual(unknown.found, "no stage named `builder` (the stages here: `build`, unnamed)")
    }

    func testAStageBuiltOnAnEarlierOneIsFollowedToItsImage() throws {
        let check = try makeCheck(DockerfileFromCheck.self, pinnedUbuntu)
        let outcome = try assertCheck(check, .pass, on: ["Dockerfile": "FROM ubuntu:24.04 AS base\nRUN true\nFROM base\n"])
        XCTAssertEqual(outcome.location?.description, "Dockerfile:1:6")
        XCTAssertEqual(outcome.found,
                       "`FROM ubuntu:24.04 AS base` at line 1 (the final stage is built on stage `base`)")
    }

    func testAMissingOrMisnamedFileSaysSo() throws {
        let check = try makeCheck(DockerfileFromCheck.self, "path: first-image/Dockerfile\nimage: ubuntu")
        let missing = try assertCheck(check, .fail, on: ["README.md": "hi\n"])
        XCTAssertEqual(missing.location?.description, "first-image/Dockerfile:1:1")
        XCTAssertEqual(missing.found, "no file first-image/Dockerfile; nothing else about the Dockerfile could be checked")
        let misnamed = try assertCheck(check, .fail, on: ["first-image/dockerfile": "FROM ubuntu:24.04\n"])
        XCTAssertEqual(misnamed.found, "no file first-image/Dockerfile (there is first-image/dockerfile: file names are case-sensitive); nothing else about the Dockerfile could be checked")
    }

    func testAParseErrorFailsWithTheParsersWords() throws {
        let check = try makeCheck(DockerfileFromCheck.self, pinnedUbuntu)
        let outcome = try assertCheck(check, .fail, on: ["Dockerfile": "FROM ubuntu:24.04\nRUNN apt-get update\n"])
        XCTAssertEqual(outcome.location?.description, "Dockerfile:2:1")
        XCTAssertEqual(outcome.found, "unknown instruction RUNN; did you mean RUN?")
    }

    func testManifestProblemsArePositioned() {
        let (check, problems) = decodeCheck(DockerfileFromCheck.self, "path: Dockerfile\nimage: ubuntu:latest\ntag: \"not a tag\"\nstage: \"\"\n")
        XCTAssertNil(check)
        XCTAssertEqual(problems, [
            "lab.yaml:2:8: error: `image:` of check `test` has `ubuntu:latest`: give the tag in `tag:`, not in the name",
            "lab.yaml:3:6: error: `tag:` of check `test` is pinned, latest, any or a tag such as 24.04, not `not a tag`",
            "lab.yaml:4:8: error: `stage:` of check `test` is final, first, any or a stage name, not ``",
        ])
    }
}
