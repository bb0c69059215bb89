import BerthFormats
import BerthTestSupport
import XCTest

/// Hostile or broken input: clear errors, no crash, and each case well under a second.
final class DockerfileRobustnessTests: XCTestCase {
    func testBinaryGarbageIsRefusedAsNotText() throws {
        var generator = SeededGenerator(seed: 42)
        let bytes = (0..<64 * 1024).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let directory = try TemporaryDirectory()
        try directory.write("Dockerfile", Data(bytes))
        let dockerfile = Dockerfile.load(path: "Dockerfile", reader: SourceReader(root: directory.path))
        XCTAssertEqual(dockerfile.errors.map(\.kind), [.invalidEncoding])
        XCTAssertTrue(dockerfile.stages.isEmpty)
    }

    func testInvalidUTF8IsReportedWhereItIs() throws {
        let directory = try TemporaryDirectory()
        try directory.write("Dockerfile", Data("FROM alpine:3.20\nRUN echo ".utf8) + Data([0xFF, 0x0A]))
        let dockerfile = Dockerfile.load(path: "Dockerfile", reader: SourceReader(root: directory.path))
        XCTAssertEqual(dockerfile.errors.map(\.description), [
            "Dockerfile:2:10: error: invalid UTF-8 (byte 0xff); save the file as UTF-8",
        ])
    }

    func testMissingFileIsUnreadable() throws {
        let directory = try TemporaryDirectory()
        let dockerfile = Dockerfile.load(path: "Dockerfile", reader: SourceReader(root: directory.path))
        XCTAssertEqual(dockerfile.errors.map(\.kind), [.unreadable])
    }

    func testRandomTextParsesQuickly() {
        var generator = SeededGenerator(seed: 7)
        let alphabet = Array("FROM RUN COPY <<EOF \\ \n # \"' $ { } ( ) [ ] , : = -- ` ; & | ARG ENV\tx".unicodeScalars)
        var text = String.UnicodeScalarView()
        for _ in 0..<200_000 { text.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
        assertQuick { _ = parse(String(text)) }
    }

    func testUnterminatedQuotes() {
        let dockerfile = parse("FROM a:1\nENV A=\"open\nLABEL b='open\nRUN echo \"open\n")
        XCTAssertEqual(dockerfile.errors.map(\.description), [
            "Dockerfile:2:5: error: a double quote is never closed in A=\"open",
            "Dockerfile:3:7: error: a single quote is never closed in b='open",
        ])
        XCTAssertEqual(dockerfile.instructions("RUN").first?.run?.commands.map(\.name), ["echo"])
    }

    func testUnterminatedHeredocsOnOneLine() {
        let dockerfile = parse("FROM a:1\nRUN <<A <<B <<C\nbody\n")
        XCTAssertEqual(dockerfile.errors.map(\.message), [
            "here-document <<A is never closed: add a line holding only A",
            "here-document <<B is never closed: add a line holding only B",
            "here-document <<C is never closed: add a line holding only C",
        ])
    }

    func testDeeplyNestedInput() {
        let depth = 20_000
        let substitutions = String(repeating: "$(", count: depth) + "cd /x" + String(repeating: ")", count: depth)
        let defaults = String(repeating: "${A:-", count: depth) + "x" + String(repeating: "}", count: depth)
        let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        assertQuick {
            let dockerfile = parse("FROM a:1\nRUN echo \(substitutions)\nWORKDIR /\(defaults)\nCMD \(arrays)\n")
            XCTAssertEqual(dockerfile.instructions.count, 4)
            XCTAssertEqual(dockerfile.instructions("CMD").first?.form, .shell)
        }
    }

    func testHugeSingleLine() {
        let words = String(repeating: "word \"quoted\" $VAR && ", count: 50_000)
        assertQuick {
            let run = parse("FROM a:1\nRUN \(words)true\n").instructions("RUN").first?.run
            XCTAssertEqual(run?.commands.count, 50_001)
        }
    }

    func testManyContinuationLines() {
        let lines = String(repeating: "    pkg-name \\\n", count: 50_000)
        assertQuick {
            let run = parse("FROM a:1\nRUN apt-get install -y \\\n\(lines)    last\n").instructions("RUN").first
            XCTAssertEqual(run?.lastLine, 50_003)
            XCTAssertEqual(run?.run?.commands.first?.arguments.last?.location.line, 50_003)
        }
    }

    func testManyInstructions() {
        let text = "FROM a:1\n" + String(repeating: "ENV A=$A:x\nRUN echo hi\n", count: 20_000)
        assertQuick { XCTAssertEqual(parse(text).instructions.count, 40_001) }
    }

    /// 64 KB of one-letter lines took over 5 s under the fuzzer: every unknown instruction
    /// sorted the keywords and measured each distance twice to suggest one.
    func testManyUnknownInstructions() {
        let text = "FROM a:1\n" + String(repeating: "F\n", count: 32_768) + "RUNN x\nEXPOSES 80\n"
        assertQuick {
            let errors = parse(text).errors.map(\.description)
            XCTAssertEqual(errors.count, 32_770)
            XCTAssertEqual(errors.first, "Dockerfile:2:1: error: unknown instruction F: Dockerfile lines start with FROM, RUN, COPY, CMD, …")
            XCTAssertEqual(errors.suffix(2), [
                "Dockerfile:32770:1: error: unknown instruction RUNN; did you mean RUN?",
                "Dockerfile:32771:1: error: unknown instruction EXPOSES; did you mean EXPOSE?",
            ])
        }
    }

    private func parse(_ text: String) -> Dockerfile {
        Dockerfile.parse(SourceText(path: "Dockerfile", text: text))
    }

    /// Runs `work`; a parser that loops forever on the input hangs the suite here, which
    /// is the failure. Speed itself is measured by bench/parsers.sh, not asserted.
    private func assertQuick(_ work: () -> Void) {
        work()
    }
}
