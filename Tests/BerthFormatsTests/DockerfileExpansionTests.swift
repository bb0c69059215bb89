import BerthFormats
import XCTest

/// ARG and ENV substitution, in the instructions and scopes where Docker does it.
final class DockerfileExpansionTests: XCTestCase {
    func testSubstitutionForms() {
        let words = expanded("ARG SET=value\nARG EMPTY=\"\"\nWORKDIR /$SET/${SET}/${EMPTY:-d1}/${EMPTY-d2}/${SET:+alt}/${UNSET:+alt}/${UNSET:-d3}")
        XCTAssertEqual(words, ["/value/value/d1//alt//d3"])
    }

    func testUnknownVariablesStayAsWrittenAndUnresolved() {
        let dockerfile = parse("FROM a:1\nARG LATER\nWORKDIR /$LATER/${TARGETARCH}/$HOME\n")
        let word = dockerfile.instructions("WORKDIR").first?.arguments.first
        XCTAssertEqual(word?.expanded, "/$LATER/${TARGETARCH}/$HOME")
        XCTAssertEqual(word?.isResolved, false)
    }

    func testQuotesAndEscapes() {
        XCTAssertEqual(expanded("ARG X=v\nLABEL a=\"$X \\$X\" b='$X' c=\\$X d=\"x\\\"y\""), ["a=v $X", "b=$X", "c=$X", "d=x\"y"])
    }

    func testEnvWinsOverArgAndAllPairsSeeTheOldValues() {
        let env = parse("FROM a:1\nARG V=arg\nENV V=env\nENV V=new W=$V\n").stages[0].environment
        XCTAssertEqual(env.map { "\($0.name)=\($0.value?.expanded ?? "")" }, ["V=env", "V=new", "W=env"])
    }

    func testGlobalArgsOnlyReachFromUnlessRedeclared() {
        let dockerfile = parse("ARG TAG=1.2\nFROM app:$TAG\nLABEL before=$TAG\nARG TAG\nLABEL after=$TAG\n")
        XCTAssertEqual(dockerfile.stages[0].base?.tag, "1.2")
        XCTAssertEqual(dockerfile.instructions("LABEL").map { $0.arguments.first?.expanded }, ["before=$TAG", "after=1.2"])
    }

    func testRunCmdAndOnbuildAreNotExpanded() {
        let dockerfile = parse("FROM a:1\nARG X=1\nRUN echo $X\nCMD echo $X\nONBUILD WORKDIR /$X\n")
        XCTAssertEqual(dockerfile.instructions("RUN").first?.arguments.first?.expanded, "echo $X")
        XCTAssertEqual(dockerfile.instructions("CMD").first?.arguments.first?.expanded, "echo $X")
        XCTAssertEqual(dockerfile.instructions("ONBUILD").first?.trigger?.arguments.first?.expanded, "/$X")
    }

    func testFlagValuesAreExpanded() {
        let copy = parse("FROM a:1\nARG OWNER=app\nCOPY --chown=$OWNER:$OWNER . /app\n").instructions("COPY").first?.copy
        XCTAssertEqual(copy?.chown?.expandedValue, "app:app")
        XCTAssertEqual(copy?.chown?.value?.raw, "$OWNER:$OWNER")
    }

    func testUnclosedBraceIsReported() {
        let dockerfile = parse("FROM a:1\nWORKDIR /${X\n")
        XCTAssertEqual(dockerfile.errors.map(\.description), ["Dockerfile:2:9: error: ${ is never closed with } in /${X"])
    }

    private func parse(_ text: String) -> Dockerfile {
        Dockerfile.parse(SourceText(path: "Dockerfile", text: text))
    }

    /// The expanded words of the last instruction after `FROM a:1` and `lines`.
    private func expanded(_ lines: String) -> [String] {
        parse("FROM a:1\n\(lines)\n").instructions.last?.expandedArguments ?? []
    }
}
