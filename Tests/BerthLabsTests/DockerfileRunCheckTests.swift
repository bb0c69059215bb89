import BerthFormats
import BerthLabs
import BerthTestSupport
import XCTest

final class DockerfileRunCheckTests: XCTestCase {
    private let updateUpgrade = "path: Dockerfile\ncommands: [\"apt-get update\", \"apt-get upgrade -y\"]"

    func testOneRunWithBothCommandsPasses() throws {
        let check = try makeCheck(DockerfileRunCheck.self, updateUpgrade)
        let outcome = try assertCheck(check, .pass, on: [
            "Dockerfile": "FROM ubuntu:24.04\nRUN apt-get update && apt-get upgrade -y && rm -rf /var/lib/apt/lists/*\n",
        ])
        XCTAssertEqual(outcome.location?.description, "Dockerfile:2:1")
        XCTAssertEqual(outcome.expected, "one RUN that runs `apt-get update` and `apt-get upgrade -y`, in this order")
        XCTAssertEqual(outcome.found, "`RUN apt-get update && apt-get upgrade -y && rm -rf /var/lib/apt/lists/*` at line 2")
    }

    func testOptionsMayBeSpelledAndPlacedFreely() throws {
        let check = try makeCheck(DockerfileRunCheck.self, updateUpgrade)
        for line in ["apt-get update && apt-get upgrade --yes", "apt-get -q update; apt-get -qy upgrade",
                     "apt-get update \\\n    && apt-get --assume-yes upgrade", "/usr/bin/apt-get update && apt-get -y upgrade"] {
            try assertCheck(check, .pass, on: ["Dockerfile": "FROM ubuntu:24.04\nRUN \(line)\n"])
        }
    }

    func testCommandsSplitOverTwoRunsAreNamedWithTheirLines() throws {
        let check = try makeCheck(DockerfileRunCheck.self, updateUpgrade)
        let outcome = try assertCheck(check, .fail, on: [
            "Dockerfile": "FROM ubuntu:latest\nRUN apt-get update\nRUN apt-get upgrade -y\n",
        ])
        XCTAssertEqual(outcome.location?.description, "Dockerfile:2:1")
        XCTAssertEqual(outcome.found, "`apt-get update` is in the RUN at line 2 and `apt-get upgrade -y` in the RUN at line 3: the layer with the update is cached on its own, so a later install reads a stale package list")
    }

    func testListsDeletedInALaterRunAreExplainedAsLayers() throws {
        let check = try makeCheck(DockerfileRunCheck.self,
                                  "path: Dockerfile\ncommands: [\"apt-get update\", \"rm -rf /var/lib/apt/lists/*\"]")
        let outcome = try assertCheck(check, .fail, on: [
            "Dockerfile": "FROM ubuntu:24.04\nRUN apt-get update && apt-get upgrade -y\nRUN rm -rf /var/lib/apt/lists/*\n",
        ])
        XCTAssertEqual(outcome.found, "`apt-get update` is in the RUN at line 2 and `rm -rf /var/lib/apt/lists/*` in the RUN at line 3: "
                       + "what the earlier RUN wrote stays in its layer, so deleting it in a later one makes the image no smaller")
    }

    func testAMissingYesIsNamedAtTheCommand() throws {
        let check = try makeCheck(DockerfileRunCheck.self, updateUpgrade)
        let outcome = try assertCheck(check, .fail, on: ["Dockerfile": "FROM ubuntu:latest\nRUN apt-get update && apt-get upgrade\n"])
        XCTAssertEqual(outcome.location?.description, "Dockerfile:2:23")
        XCTAssertEqual(outcome.found, "`apt-get upgrade` in the RUN at line 2 has no `-y`: without it the command asks for confirmation, which a build cannot give")
    }

    func testTheWrongOrderAndTextThatOnlyMentionsTheCommandFail() throws {
        let check = try makeCheck(DockerfileRunCheck.self, updateUpgrade)
        let reversed = try assertCheck(check, .fail, on: ["Dockerfile": "FROM ubuntu\nRUN apt-get upgrade -y && apt-get update\n"])
        XCTAssertEqual(reversed.found, "`RUN apt-get upgrade -y && apt-get update` at line 2 runs them in another order: `apt-get update`, then `apt-get upgrade -y` is the order asked")
        let echoed = try assertCheck(check, .fail, on: ["Dockerfile": "FROM ubuntu\nRUN echo apt-get update apt-get upgrade -y\n"])
        XCTAssertEqual(echoed.location?.description, "Dockerfile:2:1")
        XCTAssertEqual(echoed.found, "no RUN runs `apt-get update`")
    }

    func testNoRunPointsAtTheStage() throws {
        let check = try makeCheck(DockerfileRunCheck.self, "path: Dockerfile\ncommands: pip install flask\nstage: final")
        try assertCheck(check, .pass, on: ["Dockerfile": "FROM python:3.12\nRUN pip install --no-cache-dir flask\n"])
        let outcome = try assertCheck(check, .fail, on: ["Dockerfile": "FROM python:3.12 AS deps\nRUN pip install flask\nFROM python:3.12-slim\nCMD [\"python3\"]\n"])
        XCTAssertEqual(outcome.location?.description, "Dockerfile:3:1")
        XCTAssertEqual(outcome.expected, "a RUN that runs `pip install flask` in the final stage")
        XCTAssertEqual(outcome.found, "no RUN instruction in the final stage")
    }

    func testManifestProblemsArePositioned() {
        let (check, problems) = decodeCheck(DockerfileRunCheck.self, "path: Dockerfile\ncommands: [\"apt-get update && apt-get upgrade\"]\n")
        XCTAssertNil(check)
        XCTAssertEqual(problems, [
            "lab.yaml:2:11: error: `apt-get update && apt-get upgrade` in `commands:` of check `test` holds 2 commands; give each as its own item",
        ])
        let (_, missing) = decodeCheck(DockerfileRunCheck.self, "path: Dockerfile\n")
        XCTAssertEqual(missing, ["lab.yaml:1:1: error: check `test` needs `commands:` (the commands one RUN must run, in order)"])
    }
}
