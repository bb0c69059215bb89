import BerthFormats
import BerthTestSupport
import XCTest

/// How instructions, words and their positions are read, one rule of the format per test.
final class DockerfileParserTests: XCTestCase {
    func testKeywordsAreCaseInsensitive() {
        let dockerfile = parse("from alpine:3.20\nRun echo hi\ncmd [\"sh\"]\n")
        XCTAssertEqual(dockerfile.instructions.map(\.keyword), ["FROM", "RUN", "CMD"])
        XCTAssertTrue(dockerfile.errors.isEmpty)
    }

    func testWordsOnContinuationLinesKeepTheirPositions() {
        let source = MarkedSource("FROM alpine:3.20\nCOPY 1️⃣a.txt \\\n     2️⃣b.txt \\\n  3️⃣/dst/\n")
        let copy = parse(source.text).instructions("COPY").first?.copy
        XCTAssertEqual(copy?.sources.map { position($0.location) }, [source.position("1️⃣"), source.position("2️⃣")].map(pair))
        XCTAssertEqual(copy.map { position($0.destination?.location) }, pair(source.position("3️⃣")))
    }

    func testShellCommandsOnContinuationLinesKeepTheirPositions() {
        let source = MarkedSource("FROM alpine:3.20\nRUN 1️⃣apk add curl && \\\n    2️⃣adduser -D app\n")
        let commands = parse(source.text).instructions("RUN").first?.run?.commands ?? []
        XCTAssertEqual(commands.map { position($0.nameLocation) }, [source.position("1️⃣"), source.position("2️⃣")].map(pair))
    }

    func testIndentedInstructionsAndComments() {
        let dockerfile = parse("  FROM alpine:3.20\n\t# a comment\n    RUN true\n")
        XCTAssertEqual(dockerfile.instructions.map(\.location.column), [3, 5])
        XCTAssertEqual(dockerfile.comments.first?.text, "a comment")
    }

    func testDirectiveMustComeFirst() {
        let dockerfile = parse("FROM alpine:3.20\n# escape=`\nRUN echo a \\\n  b\n")
        XCTAssertNil(dockerfile.directive("escape"))
        XCTAssertEqual(dockerfile.instructions("RUN").first?.lastLine, 4, "backslash still continues the line")
    }

    func testRepeatedAndInvalidDirectives() {
        let dockerfile = parse("# escape=`\n# escape=\\\n# syntax=a\n# syntax=b\n# escape=x\nFROM alpine:3.20\n")
        XCTAssertEqual(dockerfile.errors.map(\.location.line), [2, 4, 5], "a second escape or syntax is refused")
        XCTAssertEqual(dockerfile.escapeCharacter, "`")
        let invalid = parse("# escape=x\nFROM alpine:3.20\n")
        XCTAssertEqual(invalid.errors.map(\.message), ["invalid escape character 'x': use \\ or `"])
    }

    func testOnlyArgMayComeBeforeFrom() {
        let dockerfile = parse("ARG V=1\nRUN echo too early\nFROM alpine:3.20\n")
        XCTAssertEqual(dockerfile.preamble.map(\.keyword), ["ARG", "RUN"])
        XCTAssertEqual(dockerfile.errors.map(\.description), [
            "Dockerfile:2:1: error: RUN comes before the first FROM; only ARG may come before FROM",
        ])
    }

    func testFromShapeAndStageNames() {
        let dockerfile = parse("FROM a:1 AS 1st\nFROM b:1 build\nFROM c:1 AS web\nFROM d:1 AS Web\n")
        XCTAssertEqual(dockerfile.errors.map(\.description), [
            "Dockerfile:1:13: error: invalid stage name \"1st\": start with a letter, then use letters, digits, -, _ or .",
            "Dockerfile:2:1: error: FROM takes an image and optionally a stage name: FROM image [AS name]",
            "Dockerfile:4:13: error: stage name \"Web\" is already used by an earlier FROM; pick another",
        ])
    }

    func testEnvLegacyAndKeyValueForms() {
        let dockerfile = parse("FROM a:1\nENV GOSU_VERSION 1.19\nENV A=1 B=\"two words\" C=three\\ words\nENV BROKEN\n")
        let envs = dockerfile.instructions("ENV")
        XCTAssertEqual(envs[0].variables.map(\.name), ["GOSU_VERSION"])
        XCTAssertEqual(envs[0].variables.first?.value?.expanded, "1.19")
        XCTAssertEqual(envs[1].variables.map { $0.value?.expanded }, ["1", "two words", "three words"])
        XCTAssertEqual(dockerfile.errors.map(\.description), ["Dockerfile:4:5: error: ENV BROKEN has no value: write ENV BROKEN=value"])
    }

    func testMissingArgumentsAreReported() {
        let dockerfile = parse("FROM a:1\nCOPY only-one\nRUN\nWORKDIR\n")
        XCTAssertEqual(dockerfile.errors.map(\.message), [
            "COPY needs at least 2 arguments", "RUN needs an argument", "WORKDIR needs an argument",
        ])
    }

    func testShellNeedsJsonForm() {
        let dockerfile = parse("FROM a:1\nSHELL /bin/bash -c\n")
        XCTAssertEqual(dockerfile.errors.map(\.message), ["SHELL needs the JSON form: write SHELL [\"/bin/bash\", \"-c\"]"])
    }

    func testJsonLookalikeFallsBackToShellWithAWarning() {
        let dockerfile = parse("FROM a:1\nCMD [\"python\", \"app.py\"\n")
        XCTAssertEqual(dockerfile.instructions("CMD").first?.form, .shell)
        XCTAssertEqual(dockerfile.errors.first?.severity, .warning)
        XCTAssertTrue(dockerfile.isValid, "Docker accepts it, so it is only a warning")
    }

    func testEndOfFileInsideAContinuation() {
        let dockerfile = parse("FROM a:1\nRUN echo a \\")
        XCTAssertEqual(dockerfile.instructions("RUN").first?.rawArguments, ["echo a"])
        XCTAssertTrue(dockerfile.errors.isEmpty)
    }

    func testParseErrorsPrintLikeACompiler() {
        let dockerfile = parse("FROM a:1\nRUNN x\n")
        XCTAssertEqual(dockerfile.errors.first?.description, "Dockerfile:2:1: error: unknown instruction RUNN; did you mean RUN?")
    }

    private func parse(_ text: String) -> Dockerfile {
        Dockerfile.parse(SourceText(path: "Dockerfile", text: text))
    }

    private func position(_ location: SourceLocation?) -> String {
        location.map { "\($0.line):\($0.column)" } ?? "none"
    }

    private func pair(_ position: (line: Int, column: Int)) -> String {
        "\(position.line):\(position.column)"
    }
}
