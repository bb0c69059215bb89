import BerthFormats
import BerthTestSupport
import Foundation
import XCTest

/// One test per folder of `Fixtures/dockerfile/`, each a quirk of the format; where an
/// `expected.json` sits beside the Dockerfile, the whole `json()` output must match it.
final class DockerfileFixtureTests: XCTestCase {
    static let fixtures = RepositoryPaths.root.appendingPathComponent("Tests/BerthFormatsTests/Fixtures/dockerfile")

    func testContinuationComments() throws {
        let dockerfile = try load("continuation-comments")
        let run = try XCTUnwrap(dockerfile.instructions("RUN").first)
        XCTAssertEqual(run.location.line, 3)
        XCTAssertEqual(run.lastLine, 11)
        XCTAssertFalse(run.text.contains("TLS roots"), "comment lines inside a continuation are skipped")
        XCTAssertEqual(run.run?.commands.map(\.name), ["set", "apt-get", "apt-get", "rm"])
        XCTAssertEqual(run.run?.command("rm")?.nameLocation.line, 11)
        XCTAssertEqual(dockerfile.comments.map(\.location.line), [2, 6])
        XCTAssertEqual(dockerfile.errors.map(\.location.line), [8], "the blank continuation line is a warning")
        XCTAssertTrue(dockerfile.isValid)
        try assertMatchesExpectedJSON(dockerfile, "continuation-comments")
    }

    func testDirectives() throws {
        let dockerfile = try load("directives")
        XCTAssertEqual(dockerfile.directive("syntax"), "docker/dockerfile:1.7")
        XCTAssertEqual(dockerfile.directive("escape"), "\\")
        XCTAssertEqual(dockerfile.directive("check"), "skip=JSONArgsRecommended")
        XCTAssertEqual(dockerfile.directives.count, 3, "a directive after a blank line is only a comment")
        XCTAssertEqual(dockerfile.finalStage?.fromInstruction.location.line, 6)
    }

    func testEscapeBacktick() throws {
        let dockerfile = try load("escape-backtick")
        XCTAssertEqual(dockerfile.escapeCharacter, "`")
        XCTAssertEqual(dockerfile.instructions("WORKDIR").first?.arguments.first?.expanded, "C:\\app")
        let run = try XCTUnwrap(dockerfile.instructions("RUN").first)
        XCTAssertEqual(run.lastLine, 6)
        XCTAssertEqual(run.run?.command("Expand-Archive")?.nameLocation, SourceLocation(file: "Dockerfile", line: 6, column: 5))
        XCTAssertEqual(dockerfile.instructions("COPY").first?.copy?.destination?.expanded, "C:\\app\\")
    }

    func testExecAndShellForm() throws {
        let dockerfile = try load("exec-and-shell-form")
        let forms = dockerfile.instructions.compactMap { $0.form?.rawValue }
        XCTAssertEqual(forms, ["exec", "exec", "shell", "shell", "exec", "shell", "exec", "shell", "exec"])
        XCTAssertEqual(dockerfile.instructions("CMD").first?.rawArguments, ["app.py", "--port=5252", "café"])
        XCTAssertEqual(dockerfile.errors.map { "\($0.location.line):\($0.severity)" }, ["4:warning", "5:error"])
        let healthcheck = try XCTUnwrap(dockerfile.instructions("HEALTHCHECK").first)
        XCTAssertEqual(healthcheck.flag("interval")?.expandedValue, "30s")
        XCTAssertEqual(healthcheck.arguments.map(\.raw), ["CMD", "curl -f http://localhost:5252/healthz || exit 1"])
        try assertMatchesExpectedJSON(dockerfile, "exec-and-shell-form")
    }

    func testHeredocs() throws {
        let dockerfile = try load("heredocs")
        let runs = dockerfile.instructions("RUN")
        XCTAssertEqual(runs.map(\.location.line), [3, 7, 10, 16, 21])
        XCTAssertEqual(runs[0].heredocs.first?.content, "apk add --no-cache curl\ncd /tmp && curl -fsSLO https://example.com/x\n")
        XCTAssertEqual(runs[0].run?.commands.map(\.name), ["apk", "cd", "curl"])
        XCTAssertEqual(runs[1].heredocs.first?.content, "echo \"tabs stripped\"\n")
        XCTAssertEqual(runs[2].heredocs.first?.expandsVariables, false)
        XCTAssertEqual(runs[3].heredocs.map(\.name), ["ONE", "TWO"])
        XCTAssertEqual(runs[3].run?.commands.map(\.name), ["cat", "cat"], "cat's here-documents are data, not scripts")
        XCTAssertEqual(runs[4].run?.commands.map(\.name), ["python3"])
        XCTAssertEqual(dockerfile.instructions("COPY").first?.heredocs.first?.content, "port=5252\n")
        XCTAssertTrue(dockerfile.errors.isEmpty)
        try assertMatchesExpectedJSON(dockerfile, "heredocs")
    }

    func testHeredocThenComment() throws {
        // hadolint 2.15 rejects this (hadolint#960); BuildKit reads the comment as a comment.
        let dockerfile = try load("heredoc-then-comment")
        XCTAssertTrue(dockerfile.errors.isEmpty)
        XCTAssertEqual(dockerfile.instructions.map(\.keyword), ["FROM", "RUN", "COPY"])
        XCTAssertEqual(dockerfile.comments.first?.location.line, 6)
        XCTAssertEqual(dockerfile.instructions("COPY").first?.copy?.from?.expandedValue, "gloursdocker/docker")
    }

    func testMultiStage() throws {
        let dockerfile = try load("multi-stage")
        XCTAssertEqual(dockerfile.stages.map(\.name), ["build", "test", nil])
        XCTAssertEqual(dockerfile.stages[1].baseStage, 0, "FROM build matches the stage named Build")
        let final = try XCTUnwrap(dockerfile.finalStage)
        XCTAssertEqual(final.copies.map { $0.from?.expandedValue }, ["build", "0"])
        XCTAssertEqual(final.copies.first?.chown?.expandedValue, "app:app")
        XCTAssertEqual(final.user?.user, "app")
        XCTAssertEqual(final.workingDirectory, "/srv/data")
        XCTAssertEqual(final.exposedPorts.map(\.port), [5252])
        XCTAssertEqual(final.command?.form, .exec)
        try assertMatchesExpectedJSON(dockerfile, "multi-stage")
    }

    func testFlags() throws {
        let dockerfile = try load("flags")
        let run = try XCTUnwrap(dockerfile.instructions("RUN").first?.run)
        XCTAssertEqual(run.mounts.map(\.type), ["cache", "bind"])
        XCTAssertEqual(run.mounts.map(\.target), ["/root/.cache/go-build", "go.mod"])
        let copies = dockerfile.instructions("COPY").compactMap(\.copy)
        XCTAssertEqual(copies[0].chmod?.expandedValue, "0755")
        XCTAssertTrue(copies[0].link)
        XCTAssertFalse(copies[1].link)
        XCTAssertEqual(copies[1].sources.first?.expanded, "--from=build", "a quoted word is not a flag")
        XCTAssertEqual(dockerfile.errors.map(\.message), ["COPY has no --frm flag; it accepts --from, --chown, --chmod, --link, --parents, --exclude"])
        XCTAssertEqual(dockerfile.errors.first?.location.column, 6)
        XCTAssertEqual(dockerfile.instructions("RUN").last?.rawArguments, ["echo done"], "-- ends the flags")
        try assertMatchesExpectedJSON(dockerfile, "flags")
    }

    func testVariables() throws {
        let dockerfile = try load("variables")
        XCTAssertEqual(dockerfile.preamble.map(\.keyword), ["ARG", "ARG", "ARG"])
        XCTAssertEqual(dockerfile.stages[0].base?.text, "docker.io/library/alpine:3.20")
        let env = dockerfile.stages[0].environment
        XCTAssertEqual(env.map(\.name), ["APP_HOME", "GREETING", "COPY_OF_HOME", "OLD", "MISSING", "KEEP"])
        XCTAssertEqual(env.map { $0.value?.expanded }, ["/srv/app", "hello world", "/srv/app", "set", "fallback", "$TARGETARCH"])
        XCTAssertEqual(env.last?.value?.isResolved, false)
        XCTAssertEqual(dockerfile.stages[1].workingDirectory, "/srv/app/inherited", "ENV carries over to FROM base")
        XCTAssertEqual(dockerfile.stages[1].user?.user, "app")
        XCTAssertEqual(dockerfile.instructions("RUN").first?.arguments.first?.expanded, "echo $APP_HOME",
                       "RUN is left to the shell")
        try assertMatchesExpectedJSON(dockerfile, "variables")
    }

    func testImageReferences() throws {
        let dockerfile = try load("image-references")
        let images = dockerfile.stages.compactMap(\.base)
        XCTAssertEqual(images.map(\.registry), [nil, nil, "localhost:5000", "ghcr.io", nil, nil, nil, nil])
        XCTAssertEqual(images.map(\.tag), [nil, "24.04", "1.2.3", nil, "latest", "lts", nil, nil])
        XCTAssertTrue(images[7].isScratch)
        XCTAssertEqual(dockerfile.stages[6].baseStage, 5)
        XCTAssertEqual(dockerfile.errors.map(\.description), [
            "Dockerfile:5:6: error: invalid image reference \"Ubuntu:latest\": repository name must be lowercase (write ubuntu:latest)",
        ])
    }

    func testUnknownInstruction() throws {
        let dockerfile = try load("unknown-instruction")
        XCTAssertEqual(dockerfile.errors.map(\.description), [
            "Dockerfile:2:1: error: unknown instruction RUNN; did you mean RUN?",
            "Dockerfile:4:1: error: unknown instruction EXPOSES; did you mean EXPOSE?",
        ])
        XCTAssertEqual(dockerfile.instructions.map(\.keyword), ["FROM", "RUNN", "COPY", "EXPOSES", "CMD"],
                       "the rest of the file is still read")
    }

    func testOnbuild() throws {
        let dockerfile = try load("onbuild")
        let triggers = dockerfile.instructions("ONBUILD").compactMap(\.trigger)
        XCTAssertEqual(triggers.map(\.keyword), ["COPY", "RUN", "ONBUILD"])
        XCTAssertEqual(triggers[1].location, SourceLocation(file: "Dockerfile", line: 3, column: 9))
        XCTAssertEqual(dockerfile.errors.map(\.message), ["ONBUILD cannot run ONBUILD"])
    }

    func testCrlf() throws {
        let dockerfile = try load("crlf")
        XCTAssertEqual(dockerfile.instructions.map(\.keyword), ["FROM", "RUN", "CMD"])
        XCTAssertEqual(dockerfile.instructions("RUN").first?.rawArguments, ["echo one     two"])
        XCTAssertEqual(dockerfile.instructions("CMD").first?.rawArguments, ["sh"])
        XCTAssertTrue(dockerfile.errors.isEmpty)
    }

    func testUnterminatedHeredoc() throws {
        let dockerfile = try load("unterminated-heredoc")
        XCTAssertEqual(dockerfile.errors.map(\.description), [
            "Dockerfile:2:5: error: here-document <<EOF is never closed: add a line holding only EOF",
        ])
        XCTAssertEqual(dockerfile.instructions.map(\.keyword), ["FROM", "RUN"], "the CMD line belongs to the body")
    }

    private func load(_ name: String) throws -> Dockerfile {
        let folder = Self.fixtures.appendingPathComponent(name)
        let dockerfile = Dockerfile.load(path: "Dockerfile", reader: SourceReader(root: folder.path))
        XCTAssertEqual(dockerfile.path, "Dockerfile")
        return dockerfile
    }

    private func assertMatchesExpectedJSON(_ dockerfile: Dockerfile, _ name: String,
                                           file: StaticString = #filePath, line: UInt = #line) throws {
        let url = Self.fixtures.appendingPathComponent(name).appendingPathComponent("expected.json")
        let expected = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(dockerfile.json().serialized(pretty: true) + "\n", expected, file: file, line: line)
    }
}
