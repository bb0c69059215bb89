import BerthFormats
import XCTest

/// The typed views the lab checks use: stages, users, ports, copies, runs and variables.
final class DockerfileModelTests: XCTestCase {
    func testFinalStageAndStageLookup() {
        let dockerfile = parse("FROM golang:1.22 AS Build\nRUN go build\nFROM alpine:3.20\n")
        XCTAssertEqual(dockerfile.stage(named: "BUILD")?.index, 0)
        XCTAssertEqual(dockerfile.finalStage?.base?.repository, "alpine")
        XCTAssertEqual(dockerfile.stages[0].instructions("run").count, 1)
        XCTAssertEqual(dockerfile.instructions.map(\.keyword), ["FROM", "RUN", "FROM"])
    }

    func testEffectiveUserFollowsBaseStages() {
        let dockerfile = parse("FROM alpine:3.20 AS base\nUSER app:app\nFROM base AS next\nFROM next\nFROM alpine:3.20\n")
        XCTAssertEqual(dockerfile.effectiveUser(of: dockerfile.stages[2])?.user, "app")
        XCTAssertEqual(dockerfile.effectiveUser(of: dockerfile.stages[2])?.group, "app")
        XCTAssertNil(dockerfile.effectiveUser(of: dockerfile.stages[3]))
    }

    func testRootUsers() {
        let users = parse("FROM a:1\nUSER root\nUSER 0:0\nUSER app\nUSER rooted\n").instructions("USER").compactMap(\.user)
        XCTAssertEqual(users.map(\.isRoot), [true, true, false, false])
    }

    func testExposedPorts() {
        let ports = parse("FROM a:1\nEXPOSE 80 53/UDP 8000-8010 nope\n").finalStage?.exposedPorts ?? []
        XCTAssertEqual(ports.map(\.port), [80, 53, 8000, nil])
        XCTAssertEqual(ports.map(\.transport), ["tcp", "udp", "tcp", "tcp"])
        XCTAssertEqual(ports[2].contains(8005), true)
        XCTAssertEqual(ports.map(\.word.location.column), [8, 11, 18, 28])
    }

    func testCopyParts() {
        let copy = parse("FROM a:1\nCOPY --from=build --chown=app --link a b /dst/\n").instructions("COPY").first?.copy
        XCTAssertEqual(copy?.sources.map(\.raw), ["a", "b"])
        XCTAssertEqual(copy?.destination?.raw, "/dst/")
        XCTAssertEqual(copy?.from?.expandedValue, "build")
        XCTAssertEqual(copy?.isAdd, false)
        XCTAssertEqual(copy?.link, true)
    }

    func testRunLookups() {
        let run = parse("FROM a:1\nRUN apt-get update && apt-get install -y curl && pip install -r requirements.txt\n")
            .instructions("RUN").first?.run
        XCTAssertEqual(run?.runs("apt-get", "install"), true)
        XCTAssertEqual(run?.runs("apt-get", "upgrade"), false)
        XCTAssertEqual(run?.command("pip")?.hasArgument("requirements.txt"), true)
        XCTAssertEqual(run?.form, .shell)
    }

    func testExecFormRunIsOneCommand() {
        let commands = parse("FROM a:1\nRUN [\"apt-get\", \"install\", \"-y\", \"curl\"]\n").instructions("RUN").first?.shellCommands
        XCTAssertEqual(commands?.map(\.name), ["apt-get"])
        XCTAssertEqual(commands?.first?.arguments.map(\.text), ["install", "-y", "curl"])
    }

    func testVariablesOfArgAndLabel() {
        let dockerfile = parse("ARG A B=2\nFROM a:1\nLABEL \"org.opencontainers.image.title\"=\"berth lab\"\n")
        XCTAssertEqual(dockerfile.preamble.first?.variables.map(\.name), ["A", "B"])
        XCTAssertNil(dockerfile.preamble.first?.variables.first?.value)
        let label = dockerfile.instructions("LABEL").first?.variables.first
        XCTAssertEqual(label?.name, "org.opencontainers.image.title")
        XCTAssertEqual(label?.value?.expanded, "berth lab")
        XCTAssertEqual(label?.value?.location.column, 40)
    }

    func testOutlineListsStagesAndPositions() {
        let outline = parse("# syntax=docker/dockerfile:1\nFROM golang:1.22 AS build\nRUN go build\nFROM scratch\n").outline()
        XCTAssertEqual(outline, """
            Dockerfile: 2 stages (syntax docker/dockerfile:1)
            stage 0 "build" from golang:1.22
              2:1    FROM golang:1.22 AS build
              3:1    RUN go build   [1 command]
            stage 1 from scratch
              4:1    FROM scratch
            """)
    }

    private func parse(_ text: String) -> Dockerfile {
        Dockerfile.parse(SourceText(path: "Dockerfile", text: text))
    }
}
