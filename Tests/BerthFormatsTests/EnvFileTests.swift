import BerthFormats
import XCTest

/// Env files read by `docker run --env-file` and by Compose: the same text, two readings.
/// The Docker CLI's reading was measured on a real engine (`docker run --env-file f ubuntu env`).
final class EnvFileTests: XCTestCase {
    private func dockerRun(_ text: String, environment: [String: String] = [:]) -> DockerRunEnvFile {
        DockerRunEnvFile(SourceText(path: "backend.env", text: text), environment: environment)
    }

    func testDockerRunKeepsQuotesCommentsAndTrailingSpacesAsPartOfTheValue() {
        let file = dockerRun("A=\"quoted\"\nB=x # comment\nC=trail  \n# D=commented\n\n  E=lead\n")
        XCTAssertEqual(file.errors, [])
        XCTAssertEqual(file.entries.map(\.name), ["A", "B", "C", "E"])
        XCTAssertEqual(file.entries.map(\.value), ["\"quoted\"", "x # comment", "trail  ", "lead"])
        XCTAssertEqual(file.entry(named: "E")?.location, SourceLocation(file: "backend.env", line: 6, column: 3))
        XCTAssertEqual(file.entry(named: "E")?.valueLocation, SourceLocation(file: "backend.env", line: 6, column: 5))
    }

    func testDockerRunGivesTheContainerTheLastOfTwoLinesAndDropsCarriageReturns() {
        let file = dockerRun("D=first\r\nD=second\r\n")
        XCTAssertEqual(file.entries.map(\.value), ["first", "second"])
        XCTAssertEqual(file.entry(named: "D")?.value, "second")
        XCTAssertEqual(file.entry(named: "D")?.location.line, 2)
    }

    func testDockerRunRefusesANameWithASpaceAndSaysWhereAndWhy() {
        let spaced = dockerRun("PORT=5252\nCORS_ALLOW_ORIGIN = http://localhost:9000\n")
        XCTAssertEqual(spaced.errors.map(\.location), [SourceLocation(file: "backend.env", line: 2, column: 18)])
        XCTAssertTrue(spaced.errors.first?.message.contains("refuses the whole file") == true, "\(spaced.errors)")
        let exported = dockerRun("export PORT=5252\n")
        XCTAssertTrue(exported.errors.first?.message.contains("`export` is not understood here") == true, "\(exported.errors)")
        let nameless = dockerRun("=value\n")
        XCTAssertTrue(nameless.errors.first?.message.contains("no name before `=`") == true, "\(nameless.errors)")
    }

    func testDockerRunPassesABareNameFromTheEnvironmentOrNothing() {
        XCTAssertEqual(dockerRun("HOME\nUNSET\n", environment: ["HOME": "/root"]).entries.map(\.value), ["/root"])
    }

    func testComposeReadsTheSameLinesDifferentlyAndPointsAtEachValue() {
        let file = DotEnvFile(SourceText(path: ".env", text: "A=\"quoted\"\nB=x # comment\nexport  C =  spaced\n"), environment: [:])
        XCTAssertEqual(file.errors, [])
        XCTAssertEqual(file.values, ["A": "quoted", "B": "x", "C": "spaced"])
        let spaced = file.entries.first { $0.name == "C" }
        XCTAssertEqual(spaced?.location, SourceLocation(file: ".env", line: 3, column: 9))
        XCTAssertEqual(spaced?.valueLocation, SourceLocation(file: ".env", line: 3, column: 14))
    }
}
