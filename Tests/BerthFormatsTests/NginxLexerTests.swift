@testable import BerthFormats
import XCTest

/// The lexer on its own: tokens, their lines and columns, and crossplane's quirks.
final class NginxLexerTests: XCTestCase {
    private func tokens(_ text: String) -> [String] {
        var lexer = NginxLexer(text: text)
        var result: [String] = []
        while let token = lexer.next() { result.append(token.text) }
        return result
    }

    private func positions(_ text: String) -> [String] {
        var lexer = NginxLexer(text: text)
        var result: [String] = []
        while let token = lexer.next() { result.append("\(token.text)@\(token.line):\(token.column)") }
        return result
    }

    func testSplitsOnWhitespaceBracesAndSemicolons() {
        XCTAssertEqual(tokens("http{server {listen 80;}}"), ["http", "{", "server", "{", "listen", "80", ";", "}", "}"])
    }

    func testPositionsCountScalarsNotBytes() {
        XCTAssertEqual(positions("a é;\n  b c;"), ["a@1:1", "é@1:3", ";@1:4", "b@2:3", "c@2:5", ";@2:6"])
    }

    func testQuotesKeepSpacesAndOnlyUnescapeTheirOwnQuote() {
        XCTAssertEqual(tokens(#"x "a b;{" 'c\'d' "e\'f";"#), ["x", "a b;{", "c'd", #"e\'f"#, ";"])
    }

    func testQuoteInsideAWordIsAnOrdinaryCharacter() {
        XCTAssertEqual(tokens(#"x a"b c;"#), ["x", #"a"b"#, "c", ";"])
    }

    func testCommentsStartOnlyAtATokenStart() {
        XCTAssertEqual(tokens("x a#b # c d\ny;"), ["x", "a#b", "# c d", "y", ";"])
    }

    func testEscapedSemicolonStaysInTheWord() {
        XCTAssertEqual(tokens(#"x a\;b;"#), ["x", #"a\;b"#, ";"])
    }

    func testParameterExpansionKeepsBraces() {
        XCTAssertEqual(tokens("set $a ${b}c;"), ["set", "$a", "${b}c", ";"])
        // crossplane then takes the next character into the word, even a space.
        XCTAssertEqual(tokens("set $a ${b} c;"), ["set", "$a", "${b} c", ";"])
    }

    func testPythonWhitespaceIncludesNoBreakSpace() {
        XCTAssertEqual(tokens("listen\u{00A0}80;"), ["listen", "80", ";"])
    }

    func testCarriageReturnsEndLines() {
        XCTAssertEqual(positions("a;\r\nb;\rc;"), ["a@1:1", ";@1:2", "b@2:1", ";@2:2", "c@3:1", ";@3:2"])
    }

    func testLuaBlockIsOneArgument() {
        XCTAssertEqual(tokens("content_by_lua_block { if x then return '}' end }"),
                       ["content_by_lua_block", " if x then return '}' end ", ";"])
    }

    func testUnterminatedQuoteIsReported() {
        var lexer = NginxLexer(text: "x \"abc")
        _ = lexer.next()
        XCTAssertEqual(lexer.next()?.kind, .unterminatedQuote)
        XCTAssertNil(lexer.next())
    }
}
