import BerthFormats
import BerthLabs
import BerthTestSupport
import XCTest

final class DockerfileStagesCheckTests: XCTestCase {
    private let multiStage = """
        FROM swift:6.3 AS build
        RUN swift build -c release
        FROM ubuntu:24.04
        COPY --from=build /build/backend /usr/local/bin/backend
        CMD ["backend"]

        """

    func testAMultiStageBuildCopyingFromAnEarlierStagePasses() throws {
        let check = try makeCheck(DockerfileStagesCheck.self, "path: backend/Dockerfile\ncopy-from: true")
        let outcome = try assertCheck(check, .pass, on: ["backend/Dockerfile": multiStage])
        XCTAssertEqual(outcome.location?.description, "backend/Dockerfile:4:1")
        XCTAssertEqual(outcome.expected, "at least 2 build stages, the final one copying from an earlier one with COPY --from")
        XCTAssertEqual(outcome.found, "2 stages; the final one copies with `COPY --from=build /build/backend /usr/local/bin/backend` at line 4")
        try assertCheck(check, .pass, on: ["backend/Dockerfile": multiStage.replacingOccurrences(of: "--from=build", with: "--from=0")])
    }

    func testOneStageFails() throws {
        let check = try makeCheck(DockerfileStagesCheck.self, "path: backend/Dockerfile")
        let outcome = try assertCheck(check, .fail, on: ["backend/Dockerfile": "FROM swift:6.3\nRUN swift build\n"])
        XCTAssertEqual(outcome.location?.description, "backend/Dockerfile:1:1")
        XCTAssertEqual(outcome.found, "one stage (`FROM swift:6.3` at line 1): the image that builds the program is the one that runs it")
    }

    func testAFinalStageThatCopiesNothingOrFromAnImageFails() throws {
        let check = try makeCheck(DockerfileStagesCheck.self, "path: Dockerfile\nminimum: 2\ncopy-from: true")
        let nothing = try assertCheck(check, .fail, on: ["Dockerfile": "FROM swift:6.3 AS build\nRUN swift build\nFROM ubuntu:24.04\nCOPY . /app\n"])
        XCTAssertEqual(nothing.location?.description, "Dockerfile:3:1")
        XCTAssertEqual(nothing.found, "the final stage (`FROM ubuntu:24.04` at line 3) copies nothing from an earlier stage: it has no COPY --from=")
        let image = try assertCheck(check, .fail, on: ["Dockerfile": "FROM swift:6.3 AS build\nFROM ubuntu:24.04\nCOPY --from=nginx:latest /etc/nginx /etc/nginx\n"])
        XCTAssertEqual(image.location?.description, "Dockerfile:3:1")
        XCTAssertEqual(image.found, "`COPY --from=nginx:latest /etc/nginx /etc/nginx` at line 3 copies from `nginx:latest`, which is no earlier stage of this Dockerfile")
        let builtOn = try assertCheck(check, .fail, on: ["Dockerfile": "FROM swift:6.3 AS build\nRUN swift build\nFROM build\nCMD [\"x\"]\n"])
        XCTAssertEqual(builtOn.found, "the final stage is built on stage `build` (`FROM build` at line 3), so it keeps all of it; start it from a small image and COPY --from only what runs")
    }

    func testManifestProblemsArePositioned() {
        let (check, problems) = decodeCheck(DockerfileStagesCheck.self, "path: Dockerfile\nminimum: 0\ncopy-from: yes please\n")
        XCTAssertNotNil(check)
        XCTAssertEqual(problems, [
            "lab.yaml:2:10: error: `minimum:` of check `test` must be a whole number from 1 to 100",
            "lab.yaml:3:12: error: `copy-from:` of check `test` must be true or false",
        ])
    }
}
