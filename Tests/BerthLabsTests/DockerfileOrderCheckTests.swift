import BerthFormats
import BerthLabs
import BerthTestSupport
import XCTest

final class DockerfileOrderCheckTests: XCTestCase {
    private let swift = "path: backend/Dockerfile\nbefore: \"RUN swift package resolve\"\nafter: \"COPY Sources\""
    private let python = "path: Dockerfile\nbefore: \"RUN pip install\"\nafter: \"COPY .\""

    func testDependenciesResolvedBeforeTheSourcesPass() throws {
        let check = try makeCheck(DockerfileOrderCheck.self, swift)
        let outcome = try assertCheck(check, .pass, on: ["backend/Dockerfile": """
            FROM swift:6.3 AS build
            WORKDIR /build
            COPY Package.* ./
            RUN --mount=type=cache,target=/build/.build \\
                swift package resolve
            COPY ./Sources/ ./Sources
            RUN swift build -c release
            FROM ubuntu:24.04
            COPY --from=build /build/.build/release/backend /usr/local/bin/backend

            """])
        XCTAssertEqual(outcome.location?.description, "backend/Dockerfile:4:1")
        XCTAssertEqual(outcome.expected, "`RUN swift package resolve` before `COPY Sources`, in the same stage")
        XCTAssertEqual(outcome.found, "`RUN --mount=type=cache,target=/build/.build swift package resolve` at line 4 comes before `COPY ./Sources/ ./Sources` at line 6")
    }

    func testCopyingEverythingFirstFailsAtTheCopy() throws {
        let check = try makeCheck(DockerfileOrderCheck.self, swift)
        let outcome = try assertCheck(check, .fail, on: ["backend/Dockerfile": "FROM swift:6.3\nCOPY . .\nRUN swift package resolve\n"])
        XCTAssertEqual(outcome.location?.description, "backend/Dockerfile:2:1")
        XCTAssertEqual(outcome.found, "`COPY . .` at line 2 comes before `RUN swift package resolve` at line 3, so every change to the copied files runs it again")
    }

    func testPythonRequirementsFirst() throws {
        let check = try makeCheck(DockerfileOrderCheck.self, python)
        // Copying requirements.txt into `.` is not copying the whole context.
        try assertCheck(check, .pass, on: ["Dockerfile": """
            FROM python:3.12
            WORKDIR /app
            COPY requirements.txt .
            RUN pip install --no-cache-dir -r requirements.txt
            COPY . .

            """])
        let outcome = try assertCheck(check, .fail, on: ["Dockerfile": "FROM python:3.12\nCOPY . /app\nRUN pip3 install flask && pip install -r /app/requirements.txt\n"])
        XCTAssertEqual(outcome.location?.description, "Dockerfile:2:1")
    }

    func testAlternativesCoverSeveralLanguages() throws {
        let check = try makeCheck(DockerfileOrderCheck.self, """
            path: Dockerfile
            before: ["RUN pip install", "RUN pip3 install", "RUN swift package resolve"]
            after: ["COPY service.py", "COPY Sources"]
            """)
        try assertCheck(check, .pass, on: ["Dockerfile": "FROM python:3.12\nCOPY requirements.txt .\nRUN pip3 install -r requirements.txt\nCOPY . .\n"])
        try assertCheck(check, .pass, on: ["Dockerfile": "FROM swift:6.3\nCOPY Package.swift .\nRUN swift package resolve\nCOPY Sources Sources\n"])
        let outcome = try assertCheck(check, .fail, on: ["Dockerfile": "FROM python:3.12\nCOPY service.py .\nRUN pip install flask\n"])
        XCTAssertEqual(outcome.expected, "`RUN pip install` or `RUN pip3 install` or `RUN swift package resolve` before `COPY service.py` or `COPY Sources`, in the same stage")
        XCTAssertEqual(outcome.found, "`COPY service.py .` at line 2 comes before `RUN pip install flask` at line 3, so every change to the copied files runs it again")
    }

    func testAStageBuiltOnTheDependencyStageCounts() throws {
        let check = try makeCheck(DockerfileOrderCheck.self, swift)
        try assertCheck(check, .pass, on: ["backend/Dockerfile": "FROM swift:6.3 AS deps\nCOPY Package.swift .\nRUN swift package resolve\nFROM deps AS build\nCOPY Sources Sources\n"])
    }

    func testAMissingInstructionIsNamed() throws {
        let check = try makeCheck(DockerfileOrderCheck.self, swift)
        let outcome = try assertCheck(check, .fail, on: ["backend/Dockerfile": "FROM swift:6.3\nCOPY Sources ./Sources\nRUN swift build\n"])
        XCTAssertEqual(outcome.location?.description, "backend/Dockerfile:2:1")
        XCTAssertEqual(outcome.found, "no `RUN swift package resolve` in the Dockerfile (`COPY Sources ./Sources` at line 2 is there)")
        let both = try makeCheck(DockerfileOrderCheck.self, "path: Dockerfile\nbefore: COPY Package.swift\nafter: COPY Sources")
        let single = try assertCheck(both, .fail, on: ["Dockerfile": "FROM swift:6.3\nCOPY . .\n"])
        XCTAssertEqual(single.found, "`COPY . .` at line 2 matches both `COPY Package.swift` and `COPY Sources`: split it, copying the dependency files first")
    }

    func testManifestProblemsArePositioned() {
        let (check, problems) = decodeCheck(DockerfileOrderCheck.self, "path: Dockerfile\nbefore: \"RUNN pip install\"\n")
        XCTAssertNil(check)
        XCTAssertEqual(problems, [
            "lab.yaml:2:9: error: `before:` of check `test`: unknown instruction RUNN; did you mean RUN?",
            "lab.yaml:1:1: error: check `test` needs `after:` (an instruction keyword and the words it holds, e.g. \"RUN pip install\")",
        ])
    }
}
