import BerthFormats
import XCTest

/// Hostile or broken input: always a clear error, never a crash or a hang.
final class NginxRobustnessTests: XCTestCase {
    private func parse(_ text: String) -> NginxConfig {
        NginxConfig.parse(SourceText(path: "nginx.conf", text: text))
    }

    func testBinaryGarbageIsRefusedBeforeParsing() {
        var bytes: [UInt8] = []
        var state: UInt32 = 12345
        for _ in 0..<4096 {
            state = state &* 1_103_515_245 &+ 12345
            bytes.append(UInt8(truncatingIfNeeded: state >> 16))
        }
        XCTAssertThrowsError(try SourceText(path: "nginx.conf", bytes: bytes)) { error in
            XCTAssertEqual((error as? ParseError)?.kind, .invalidEncoding)
        }
    }

    func testPrintableGarbageGivesErrorsNotACrash() {
        let garbage = String(repeating: "}{;\"'#\\$ {x ${ ;", count: 2000)
        let config = parse(garbage)
        XCTAssertTrue(config.hasErrors)
    }

    func testUnterminatedQuoteAtEndOfFile() {
        let config = parse("events {}\nhttp { server_name \"abc")
        XCTAssertEqual(config.errors.first?.location.line, 2)
        XCTAssertTrue(config.errors.first?.message.contains("unterminated string") ?? false)
    }

    func testUnterminatedQuoteInABlockIsReportedInCrossplanesWords() {
        let config = parse("http {\n  server {}\n  \"abc\n")
        XCTAssertEqual(config.errors.first?.location, SourceLocation(file: "nginx.conf", line: 3, column: 3))
        XCTAssertEqual(config.json()["errors"], .array([.object([
            ("file", .string("nginx.conf")), ("error", .string("unexpected end of file, expecting \"}\" in nginx.conf:2")),
            ("line", .int(2)),
        ])]))
    }

    func testDirectiveCutOffByEndOfFile() {
        let config = parse("events {}\nuser nginx")
        XCTAssertEqual(config.errors.count, 1)
        XCTAssertTrue(config.errors.first?.message.hasPrefix("unexpected end of file, expecting \";\" or \"}\"") ?? false)
    }

    func testDeeplyNestedBlocksStopWithAnError() {
        let config = parse(String(repeating: "a {", count: 100_000))
        XCTAssertEqual(config.errors.count, 1)
        XCTAssertTrue(config.errors.first?.message.contains("nested more than") ?? false)
    }

    func testHugeSingleLine() {
        let line = String(repeating: "add_header X-A b; ", count: 20_000)
        let config = parse("http { server { \(line) } }")
        XCTAssertEqual(config.directives(named: "add_header").count, 20_000)
        XCTAssertEqual(config.directives(named: "add_header").last?.directive.location.line, 1)
    }

    func testHugeQuotedArgument() {
        let value = String(repeating: "x", count: 2_000_000)
        let config = parse("events {} http { add_header X-Big \"\(value)\"; }")
        XCTAssertEqual(config.directives(named: "add_header").first?.directive.value(at: 1)?.count, 2_000_000)
    }

    func testUnclosedLuaBlock() {
        let config = parse("http { server { location / { content_by_lua_block { ngx.say('hi')")
        XCTAssertTrue(config.errors.first?.message.contains("Lua block") ?? false)
    }
}
