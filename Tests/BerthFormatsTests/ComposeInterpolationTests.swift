import BerthFormats
import BerthTestSupport
import XCTest

/// `${VARIABLE}` substitution as Compose v2 does it, from the environment given and the
/// `.env` file beside the compose file, and nowhere else.
final class ComposeInterpolationTests: XCTestCase {
    let environment = ["NAME": "student", "EMPTY": "", "PORT": "9999"]

    func testEveryForm() {
        let cases: [(String, String)] = [
            ("$NAME", "student"), ("${NAME}", "student"), ("x${NAME}y", "xstudenty"), ("$NAME.log", "student.log"),
            ("${MISSING:-fallback}", "fallback"), ("${EMPTY:-fallback}", "fallback"), ("${NAME:-fallback}", "student"),
            ("${MISSING-fallback}", "fallback"), ("${EMPTY-fallback}", ""),
            ("${NAME:+alt}", "alt"), ("${EMPTY:+alt}", ""), ("${EMPTY+alt}", "alt"), ("${MISSING+alt}", ""),
            ("${NAME:?needed}", "student"), ("${EMPTY?needed}", ""),
            ("${MISSING:-${NAME}-nested}", "student-nested"), ("$$NAME", "$NAME"), ("a $ b", "a $ b"), ("$1", "$1"),
        ]
        for (written, expected) in cases {
            XCTAssertEqual(value(of: written), expected, written)
        }
    }

    func testRequiredVariableIsAnErrorAtTheDollar() {
        let compose = parse("services:\n  a:\n    image: a:1\n    environment:\n      V: \"x ${SECRET:?set SECRET in .env}\"\n")
        XCTAssertEqual(compose.errors.map(\.description), [
            "compose.yaml:5:13: error: required variable SECRET is missing a value: set SECRET in .env",
        ])
        XCTAssertEqual(parse("services:\n  a:\n    image: a:1\n    user: ${EMPTY:?}\n").errors.map(\.message),
                       ["required variable EMPTY is missing a value; set it in .env or the environment"])
    }

    func testUnsetVariableIsAWarningAndEmpty() {
        let compose = parse("services:\n  a:\n    image: a:${TAG}\n")
        XCTAssertEqual(compose.service(named: "a")?.image?.value, "a:")
        XCTAssertEqual(compose.errors.map(\.description), [
            "compose.yaml:3:14: warning: variable TAG is not set; Compose uses an empty string (set it in .env or the environment)",
        ])
    }

    func testInvalidFormats() {
        for written in ["${}", "${NAME", "${1X}", "${NAME:x}"] {
            let compose = parse("services:\n  a:\n    image: a:1\n    user: \"\(written)\"\n")
            XCTAssertEqual(compose.errors.map(\.kind), [.interpolation], written)
            XCTAssertEqual(compose.errors.first?.location.line, 4, written)
            XCTAssertTrue(compose.errors.first?.message.contains("write $$ for a literal $") ?? false, written)
        }
    }

    func testOnlyTheGivenEnvironmentIsUsed() {
        // HOME is set for this test process; Compose files must not see it unless it is passed in.
        let compose = ComposeFile.parse(SourceText(path: "compose.yaml", text: "services:\n  a:\n    image: a:1\n    working_dir: $HOME\n"))
        XCTAssertEqual(compose.service(named: "a")?.workingDirectory?.value, "")
        XCTAssertEqual(compose.errors.map(\.kind), [.interpolation])
    }

    func testDollarsArePrintedEscaped() {
        let compose = parse("services:\n  a:\n    image: a:1\n    command: [\"sh\", \"-c\", \"echo $$HOME $NAME\"]\n")
        XCTAssertEqual(compose.service(named: "a")?.command?.arguments.last, "echo $HOME student")
        XCTAssertEqual(compose.json()["services"]?["a"]?["command"], .array([.string("sh"), .string("-c"), .string("echo $$HOME student")]))
    }

    func testInterpolatedNumbersAndKeys() {
        let compose = parse("services:\n  a:\n    image: a:1\n    deploy:\n      replicas: ${REPLICAS:-3}\n    ports: [\"${PORT}:80\"]\n    environment:\n      $NAME: kept\n")
        XCTAssertEqual(compose.service(named: "a")?.replicas?.value, 3)
        XCTAssertEqual(compose.service(named: "a")?.ports.first?.published, "9999")
        XCTAssertEqual(compose.service(named: "a")?.environment.first?.name, "$NAME", "keys are never interpolated")
    }

    func testDotEnvBesideTheFile() throws {
        let directory = try TemporaryDirectory()
        try directory.write(".env", """
            # comment line
            export TAG=1.2
            QUOTED="two words # kept"
            SINGLE='no ${TAG} here'
            INLINE=value # comment
            COLON: spaced
            MULTI="first
            second"
            ESCAPES="a\\nb"
            DERIVED=${TAG}-x
            FROM_PROCESS=from-file

            """)
        try directory.write("compose.yaml", "services:\n  a:\n    image: app:${TAG}\n")
        let compose = ComposeFile.load(path: "compose.yaml", reader: SourceReader(root: directory.path),
                                       environment: ["FROM_PROCESS": "from-process"])
        XCTAssertTrue(compose.errors.isEmpty, "\(compose.errors)")
        XCTAssertEqual(compose.service(named: "a")?.image?.value, "app:1.2")
        let dotEnv = DotEnvFile(try SourceReader(root: directory.path).read(".env"), environment: ["FROM_PROCESS": "from-process"],
                                environmentWins: true)
        XCTAssertEqual(dotEnv.values, [
            "TAG": "1.2", "QUOTED": "two words # kept", "SINGLE": "no ${TAG} here", "INLINE": "value", "COLON": "spaced",
            "MULTI": "first\nsecond", "ESCAPES": "a\nb", "DERIVED": "1.2-x", "FROM_PROCESS": "from-process",
        ])
        XCTAssertEqual(dotEnv.entries.first { $0.name == "INLINE" }?.location, SourceLocation(file: ".env", line: 5, column: 1))
    }

    func testBrokenDotEnvLinesAreReportedWithTheirPosition() throws {
        let directory = try TemporaryDirectory()
        try directory.write(".env", "GOOD=1\nnot an assignment\nOPEN=\"never closed\n")
        try directory.write("compose.yaml", "services:\n  a:\n    image: app:1\n")
        let compose = ComposeFile.load(path: "compose.yaml", reader: SourceReader(root: directory.path), environment: [:])
        XCTAssertEqual(compose.errors.map(\.description), [
            ".env:2:1: error: `not an assignment` is not a variable assignment; write NAME=value",
            ".env:3:1: error: the value of OPEN opens a \" quote that is never closed",
        ])
    }

    private func value(of written: String) -> String? {
        let escaped = written.replacingOccurrences(of: "'", with: "''")
        let compose = parse("services:\n  a:\n    image: a:1\n    environment:\n      V: '\(escaped)'\n")
        return compose.service(named: "a")?.environmentVariable("V")?.value
    }

    private func parse(_ text: String) -> ComposeFile {
        ComposeFile.parse(SourceText(path: "compose.yaml", text: text), environment: environment)
    }
}
