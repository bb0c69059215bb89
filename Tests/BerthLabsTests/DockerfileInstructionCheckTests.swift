import BerthFormats
import BerthLabs
import BerthTestSupport
import XCTest

final class DockerfileInstructionCheckTests: XCTestCase {
    func testExposeComparesPortsWithoutTheDefaultProtocol() throws {
        let check = try makeCheck(DockerfileInstructionCheck.self, "path: Dockerfile\ninstruction: expose\narguments: [\"5252\"]")
        let outcome = try assertCheck(check, .pass, on: ["Dockerfile": "FROM python:3.12\nEXPOSE 80 5252/tcp\n"])
        XCTAssertEqual(outcome.location?.description, "Dockerfile:2:1")
        XCTAssertEqual(outcome.expected, "`EXPOSE 5252`")
        let wrong = try assertCheck(check, .fail, on: ["Dockerfile": "FROM python:3.12\nEXPOSE 8080\n"])
        XCTAssertEqual(wrong.location?.description, "Dockerfile:2:1")
        XCTAssertEqual(wrong.found, "`EXPOSE 8080`")
        let missing = try assertCheck(check, .fail, on: ["Dockerfile": "FROM python:3.12\nCMD [\"python3\", \"api.py\"]\n"])
        XCTAssertEqual(missing.location?.description, "Dockerfile:1:1")
        XCTAssertEqual(missing.found, "no EXPOSE in the Dockerfile")
    }

    func testWorkdirIgnoresATrailingSlash() throws {
        let check = try makeCheck(DockerfileInstructionCheck.self, "path: Dockerfile\ninstruction: WORKDIR\narguments: /app")
        try assertCheck(check, .pass, on: ["Dockerfile": "FROM python:3.12\nWORKDIR /app/\n"])
        let other = try assertCheck(check, .fail, on: ["Dockerfile": "FROM python:3.12\nWORKDIR /srv\n"])
        XCTAssertEqual(other.found, "`WORKDIR /srv`")
    }

    func testEnvComparesVariablesInEitherForm() throws {
        let check = try makeCheck(DockerfileInstructionCheck.self, "path: Dockerfile\ninstruction: ENV\narguments: [PYTHONUNBUFFERED=1]")
        try assertCheck(check, .pass, on: ["Dockerfile": "FROM python:3.12\nENV PYTHONPATH=/app PYTHONUNBUFFERED=\"1\"\n"])
        try assertCheck(check, .pass, on: ["Dockerfile": "FROM python:3.12\nENV PYTHONUNBUFFERED 1\n"])
        let crlf = try assertCheck(check, .fail, on: ["Dockerfile": "FROM python:3.12\r\nENV PYTHONUNBUFFERED=0 \\\r\n    APP_ENV=dev\r\n"])
        XCTAssertEqual(crlf.location?.description, "Dockerfile:2:1")
        XCTAssertEqual(crlf.found, "`ENV PYTHONUNBUFFERED=0 APP_ENV=dev`")
    }

    func testContainsNamesALetterCaseSlip() throws {
        let check = try makeCheck(DockerfileInstructionCheck.self, "path: Dockerfile\ninstruction: CMD\ncontains: \"Hello, World!\"")
        try assertCheck(check, .pass, on: ["Dockerfile": "FROM ubuntu\nCMD echo \"Hello, World!\"\n"])
        let outcome = try assertCheck(check, .fail, on: ["Dockerfile": "FROM ubuntu\nCMD [\"echo\", \"Hello, world!\"]\n"])
        XCTAssertEqual(outcome.location?.description, "Dockerfile:2:1")
        XCTAssertEqual(outcome.expected, "a CMD containing `Hello, World!`")
        XCTAssertEqual(outcome.found, "`Hello, world!` (lower-case w) in `CMD [\"echo\", \"Hello, world!\"]`")
    }

    func testTypographicQuotesAreNamed() throws {
        let check = try makeCheck(DockerfileInstructionCheck.self, "path: Dockerfile\ninstruction: CMD\ncontains: \"Hello, World!\"")
        let outcome = try assertCheck(check, .fail, on: ["Dockerfile": "FROM ubuntu\nCMD echo \u{201C}Hello, World!\u{201D}\n"])
        XCTAssertEqual(outcome.found, "typographic quotes \u{201C} \u{201D} in `CMD echo \u{201C}Hello, World!\u{201D}`: the shell and Docker read them as ordinary characters, not quotes; type straight quotes (\" or ') instead")
    }

    func testOnlyTheLastCmdCounts() throws {
        let check = try makeCheck(DockerfileInstructionCheck.self, "path: Dockerfile\ninstruction: CMD\ncontains: \"Hello, World!\"")
        let outcome = try assertCheck(check, .fail, on: ["Dockerfile": "FROM ubuntu\nCMD [\"echo\", \"Hello, World!\"]\nCMD [\"bash\"]\n"])
        XCTAssertEqual(outcome.location?.description, "Dockerfile:3:1")
        XCTAssertEqual(outcome.found, "`CMD [\"echo\", \"Hello, World!\"]` at line 2 is overridden by `CMD [\"bash\"]` at line 3: only the last CMD counts")
    }

    func testExecFormIsAskedWithTheArrayToWrite() throws {
        let check = try makeCheck(DockerfileInstructionCheck.self, "path: Dockerfile\ninstruction: CMD\nform: exec\narguments: [python3, api.py]")
        XCTAssertEqual(try assertCheck(check, .pass, on: ["Dockerfile": "FROM python:3.12\nCMD [\"python3\", \"api.py\"]\n"]).expected,
                       "`CMD [\"python3\", \"api.py\"]` in exec form (a JSON array)")
        let shell = try assertCheck(check, .fail, on: ["Dockerfile": "FROM python:3.12\nCMD python3 api.py\n"])
        XCTAssertEqual(shell.found, "`CMD python3 api.py` is in shell form (run by /bin/sh -c, the program does not receive docker stop's SIGTERM): write `CMD [\"python3\", \"api.py\"]`")
        let singleQuotes = try assertCheck(check, .fail, on: ["Dockerfile": "FROM python:3.12\nCMD ['python3', 'api.py']\n"])
        XCTAssertEqual(singleQuotes.found, "`CMD ['python3', 'api.py']` is not valid JSON (JSON strings take double quotes \"…\"), so Docker runs it as a shell command")
    }

    func testStagesAndInheritance() throws {
        let file = ["Dockerfile": "FROM swift:6.3 AS build\nEXPOSE 5252\nFROM ubuntu:24.04\nCMD [\"/app\"]\n"]
        let final = try makeCheck(DockerfileInstructionCheck.self, "path: Dockerfile\ninstruction: EXPOSE")
        let outcome = try assertCheck(final, .fail, on: file)
        XCTAssertEqual(outcome.location?.description, "Dockerfile:3:1")
        XCTAssertEqual(outcome.expected, "an EXPOSE in the final stage")
        XCTAssertEqual(outcome.found, "no EXPOSE in the final stage")
        try assertCheck(try makeCheck(DockerfileInstructionCheck.self, "path: Dockerfile\ninstruction: EXPOSE\nstage: any"), .pass, on: file)
        // A stage built on another inherits its instructions.
        let inherited = try assertCheck(final, .pass, on: ["Dockerfile": "FROM ubuntu:24.04 AS base\nEXPOSE 5252\nFROM base\nUSER nobody\n"])
        XCTAssertEqual(inherited.location?.description, "Dockerfile:2:1")
    }

    func testManifestProblemsArePositioned() {
        let (check, problems) = decodeCheck(DockerfileInstructionCheck.self, "path: Dockerfile\ninstruction: EXPOS\n")
        XCTAssertNil(check)
        XCTAssertEqual(problems, ["lab.yaml:2:14: error: `instruction:` of check `test`: unknown instruction EXPOS; did you mean EXPOSE?"])
        let (_, form) = decodeCheck(DockerfileInstructionCheck.self, "path: Dockerfile\ninstruction: EXPOSE\nform: exec\n")
        XCTAssertEqual(form, ["lab.yaml:3:7: error: `form:` of check `test` applies to RUN, CMD and ENTRYPOINT, not EXPOSE"])
    }
}
