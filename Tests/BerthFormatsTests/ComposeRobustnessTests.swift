import BerthFormats
import BerthTestSupport
import Foundation
import XCTest

/// Hostile or broken compose files: clear errors at file:line:column, no crash, no hang.
final class ComposeRobustnessTests: XCTestCase {
    func testBillionLaughsIsRefusedInMilliseconds() {
        var text = "x-a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for (name, previous) in zip("bcdefghijkl", "abcdefghijk") {
            text += "x-\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        text += "services:\n  web:\n    image: nginx:1.27\n    command: *l\n"
        let compose = assertQuick(text)
        XCTAssertEqual(compose.errors.map(\.kind), [.aliasLimit])
        XCTAssertTrue(compose.errors.first?.message.contains("berth refuses YAML alias bombs") ?? false)
        XCTAssertTrue(compose.services.isEmpty, "a refused document is not modelled")
    }

    func testMergeKeyBombIsRefused() {
        var text = "x-a: &a {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9}\n"
        for (name, previous) in zip("bcdefghij", "abcdefghi") {
            text += "x-\(name): &\(name)\n  <<: [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
            text += "  list: [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        text += "services:\n  web:\n    image: nginx:1.27\n"
        XCTAssertEqual(assertQuick(text).errors.map(\.kind), [.aliasLimit])
    }

    func testAliasUsedAsAKeyIsRefusedBeforeYAMLExpandsIt() {
        let text = "x-a: &a [lol, lol, lol]\nx-b: &b [*a, *a, *a]\nservices:\n  ? *b\n  : image: nginx:1.27\n"
        let compose = assertQuick(text)
        XCTAssertEqual(compose.errors.map(\.kind), [.aliasLimit])
        XCTAssertEqual(compose.errors.first?.location.line, 4)
    }

    func testOrdinaryAnchorsStayWellUnderTheBudget() {
        var text = "x-env: &env {A: \"1\", B: \"2\"}\nservices:\n"
        for index in 0..<500 { text += "  web\(index):\n    image: web:1\n    environment: *env\n" }
        let compose = assertQuick(text)
        XCTAssertTrue(compose.errors.isEmpty)
        XCTAssertEqual(compose.services.count, 500)
    }

    func testFilesOverTenMegabytesAreRefused() throws {
        let directory = try TemporaryDirectory()
        let line = "# " + String(repeating: "x", count: 1022) + "\n"
        try directory.write("compose.yaml", String(repeating: line, count: 10 * 1024 + 1))
        let compose = ComposeFile.load(path: "compose.yaml", reader: SourceReader(root: directory.path), environment: [:])
        XCTAssertEqual(compose.errors.map(\.kind), [.tooLarge])
        XCTAssertEqual(compose.errors.first?.location, SourceLocation(file: "compose.yaml", line: 1, column: 1))
        XCTAssertTrue(compose.isUnreadable)
    }

    func testInvalidUTF8IsReportedWhereItIs() throws {
        let directory = try TemporaryDirectory()
        try directory.write("compose.yaml", Data("services:\n  web:\n    image: caf".utf8) + Data([0xE9, 0x0A]))
        let compose = ComposeFile.load(path: "compose.yaml", reader: SourceReader(root: directory.path), environment: [:])
        XCTAssertEqual(compose.errors.map(\.description), [
            "compose.yaml:3:15: error: invalid UTF-8 (byte 0xe9); save the file as UTF-8",
        ])
    }

    func testBinaryGarbageIsNotText() throws {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        let bytes = (0..<64 * 1024).map { _ -> UInt8 in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return UInt8(truncatingIfNeeded: state)
        }
        let directory = try TemporaryDirectory()
        try directory.write("compose.yaml", Data(bytes))
        let compose = ComposeFile.load(path: "compose.yaml", reader: SourceReader(root: directory.path), environment: [:])
        XCTAssertEqual(compose.errors.map(\.kind), [.invalidEncoding])
        XCTAssertTrue(compose.isUnreadable)
        XCTAssertTrue(compose.services.isEmpty)
    }

    func testDeepNestingIsBounded() {
        let flow = "services:\n  web:\n    image: web:1\n    x-deep: " + String(repeating: "[", count: 50_000)
            + String(repeating: "]", count: 50_000) + "\n"
        XCTAssertEqual(assertQuick(flow).errors.map(\.kind), [.tooDeep])
        var block = "services:\n  web:\n    image: web:1\n    x-deep:\n"
        for level in 0..<300 { block += String(repeating: " ", count: 6 + 2 * level) + "k\(level):\n" }
        let compose = assertQuick(block)
        XCTAssertEqual(compose.errors.map(\.kind), [.tooDeep])
        XCTAssertGreaterThan(compose.errors.first?.location.line ?? 0, 200, "reported where the limit is crossed")
    }

    func testHugeSingleLine() {
        let words = String(repeating: "word ", count: 200_000)
        let compose = assertQuick("services:\n  web:\n    image: web:1\n    command: \(words)\n")
        XCTAssertEqual(compose.service(named: "web")?.command?.arguments.count, 200_000)
    }

    func testManyServices() {
        var text = "services:\n"
        for index in 0..<2_000 { text += "  s\(index):\n    image: app:1\n    ports: [\"\(10_000 + index):80\"]\n" }
        XCTAssertEqual(assertQuick(text).services.count, 2_000)
    }

    func testYAMLSyntaxErrorsNameTheLineAndColumn() {
        let cases: [(String, String)] = [
            ("services:\n  web:\n    image: \"nginx\n", "compose.yaml:3:12: error: YAML: this quoted value is never closed"),
            ("services:\n\tweb:\n    image: nginx\n", "compose.yaml:2:1: error: YAML: "),
            ("services:\n  web:\n    image: nginx\n   ports: []\n", "compose.yaml:4:4: error: YAML: "),
            ("services: [a, b\n", "compose.yaml:1:11: error: YAML: did not find expected ',' or ']' before the end of the file"),
        ]
        for (text, start) in cases {
            let errors = ComposeFile.parse(SourceText(path: "compose.yaml", text: text)).errors
            XCTAssertEqual(errors.map(\.kind), [.syntax], text)
            XCTAssertTrue(errors.first?.description.hasPrefix(start) ?? false,
                          "\(errors.first?.description ?? "no error") for \(text.debugDescription)")
        }
    }

    func testRandomTextNeverCrashesAndEveryErrorPointsIntoTheFile() {
        var generator = SeededGenerator(seed: 7)
        let alphabet = Array("services:\n  web image - [ ] { } & * ! | > ' \" # ? , ${X} << : 80:80 \t".unicodeScalars)
        for _ in 0..<200 {
            var text = String.UnicodeScalarView()
            for _ in 0..<400 {
                text.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
            }
            let source = String(text)
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false).count
            let compose = ComposeFile.parse(SourceText(path: "compose.yaml", text: source))
            for error in compose.errors {
                XCTAssertTrue((1...lines + 1).contains(error.location.line), "\(error) in \(source.debugDescription)")
                XCTAssertGreaterThanOrEqual(error.location.column, 1)
                XCTAssertEqual(error.location.file, "compose.yaml")
            }
        }
    }

    func testUnreadableAndOutsideFiles() throws {
        let outside = try TemporaryDirectory()
        try outside.write("compose.yaml", "services:\n  a:\n    image: a:1\n")
        let repository = try TemporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: repository.path + "/compose.yaml", withDestinationPath: outside.path + "/compose.yaml")
        let reader = SourceReader(root: repository.path)
        XCTAssertEqual(ComposeFile.load(path: "compose.yaml", reader: reader, environment: [:]).errors.map(\.kind), [.outsideRepository])
        XCTAssertEqual(ComposeFile.load(path: "missing.yaml", reader: reader, environment: [:]).errors.map(\.description),
                       ["missing.yaml:1:1: error: cannot open missing.yaml: no such file"])
    }

    func testRequiredEnvFileThatIsMissing() throws {
        let directory = try TemporaryDirectory()
        try directory.write("compose.yaml", "services:\n  a:\n    image: a:1\n    env_file: [app.env]\n")
        let compose = ComposeFile.load(path: "compose.yaml", reader: SourceReader(root: directory.path), environment: [:])
        XCTAssertEqual(compose.errors.map(\.description), [
            "compose.yaml:4:16: error: env file app.env not found; create it or mark it `required: false`",
        ])
    }

    @discardableResult
    /// Parses `text`; a parser that loops forever on it hangs the suite here, which is the
    /// failure. Speed itself is measured by bench/parsers.sh, not asserted.
    private func assertQuick(_ text: String) -> ComposeFile {
        ComposeFile.parse(SourceText(path: "compose.yaml", text: text))
    }
}
