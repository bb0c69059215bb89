import BerthFormats
import BerthTestSupport
import XCTest

/// One test per folder of `Fixtures/nginx/`: each folder holds one quirk of nginx's
/// syntax, and `expected.json` is what `crossplane parse` (0.5.8) printed for it.
final class NginxParserTests: XCTestCase {
    static let fixtures = RepositoryPaths.root.appendingPathComponent("Tests/BerthFormatsTests/Fixtures/nginx")

    /// Loads `file` with the fixture folder `name` as the repository root.
    private func load(_ name: String, _ file: String = "nginx.conf", context: NginxContext = .main,
                      comments: Bool = false) -> NginxConfig {
        let reader = SourceReader(root: Self.fixtures.appendingPathComponent(name).path)
        return NginxConfig.load(path: file, reader: reader, context: context, comments: comments)
    }

    private func expected(_ name: String, _ file: String = "expected.json") throws -> String {
        let url = Self.fixtures.appendingPathComponent(name).appendingPathComponent(file)
        return try String(contentsOf: url, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Asserts berth's JSON is byte for byte what crossplane printed.
    private func assertMatchesCrossplane(_ name: String, file: String = "nginx.conf", json: String = "expected.json",
                                         context: NginxContext = .main, comments: Bool = false,
                                         line: UInt = #line) throws {
        let config = load(name, file, context: context, comments: comments)
        XCTAssertEqual(config.json().serialized(), try expected(name, json), line: line)
    }

    func testSimple() throws {
        try assertMatchesCrossplane("simple")
        let config = load("simple")
        XCTAssertFalse(config.hasErrors)
        let api = try XCTUnwrap(config.locations("/api/").first)
        XCTAssertEqual(api.directive.location, SourceLocation(file: "nginx.conf", line: 24, column: 9))
        XCTAssertEqual(api.directive.child(named: "proxy_pass")?.proxyTarget?.host, "backend")
        XCTAssertEqual(config.upstream(named: "backend")?.children(named: "server").count, 3)
    }

    func testMessy() throws {
        try assertMatchesCrossplane("messy")
        let config = load("messy")
        let quoted = try XCTUnwrap(config.directives(named: "return").first?.directive.arguments.last)
        XCTAssertEqual(quoted.value, "a { b } c; d")
        XCTAssertTrue(quoted.isQuoted)
        XCTAssertEqual(quoted.location, SourceLocation(file: "nginx.conf", line: 11, column: 48))
        let escaped = config.directives(named: "add_header").first?.directive.values
        XCTAssertEqual(escaped, ["X-Test", "a\\;b"])
    }

    func testMissingSemicolon() throws {
        try assertMatchesCrossplane("missing-semicolon", file: "broken-above.conf", json: "broken-above.json")
        try assertMatchesCrossplane("missing-semicolon", file: "broken-below.conf", json: "broken-below.json")
        let error = try XCTUnwrap(load("missing-semicolon", "broken-below.conf").errors.first)
        XCTAssertEqual(error.location, SourceLocation(file: "broken-below.conf", line: 7, column: 13))
        XCTAssertTrue(error.message.hasPrefix("directive \"proxy_pass\" is not terminated by \";\""), error.message)
    }

    func testSpellingMistake() throws {
        try assertMatchesCrossplane("spelling-mistake")
        let messages = load("spelling-mistake").errors.map(\.message)
        XCTAssertEqual(messages.count, 2)
        XCTAssertTrue(messages[0].hasPrefix("invalid value \"maybe\" in \"gzip\" directive, it must be \"on\" or \"off\""))
        XCTAssertTrue(messages[1].hasPrefix("\"listen\" directive is not allowed here"))
    }

    func testIncludesGlobbed() throws {
        try assertMatchesCrossplane("includes-globbed")
        let config = load("includes-globbed")
        XCTAssertEqual(config.files.map(\.path), ["nginx.conf", "servers/server1.conf", "servers/server2.conf",
                                                  "locations/location1.conf", "locations/location2.conf"])
        // The effective tree has both locations in both servers, each pointing at its own file.
        XCTAssertEqual(config.servers.count, 2)
        let foo = config.locations("/foo")
        XCTAssertEqual(foo.count, 2)
        XCTAssertEqual(foo.first?.directive.location, SourceLocation(file: "locations/location1.conf", line: 1, column: 1))
        XCTAssertEqual(foo.first?.enclosing.map(\.name), ["http", "server"])
    }

    func testIncludeCycle() {
        let config = load("include-cycle")
        let cycle = config.errors.filter { $0.kind == .includeCycle }
        XCTAssertEqual(cycle.count, 1)
        XCTAssertEqual(cycle.first?.location, SourceLocation(file: "b.conf", line: 2, column: 9))
        XCTAssertEqual(cycle.first?.message.hasPrefix("include cycle: a.conf includes b.conf includes a.conf"), true)
        XCTAssertEqual(config.files.map(\.path), ["nginx.conf", "a.conf", "b.conf"])
        XCTAssertEqual(config.directives(named: "server_tokens").count, 1)
        XCTAssertEqual(config.directives(named: "sendfile").count, 1)
    }

    func testIncludeOutside() throws {
        let config = load("include-outside", "conf/nginx.conf")
        let outside = config.errors.filter { $0.kind == .outsideRepository }
        XCTAssertEqual(outside.count, 2)
        // An absolute path names a file of the image: berth cannot read it, but it is no error.
        XCTAssertEqual(outside[0].severity, .warning)
        XCTAssertEqual(outside[0].location, SourceLocation(file: "conf/nginx.conf", line: 3, column: 13))
        XCTAssertEqual(outside[1].severity, .error)
        XCTAssertEqual(outside[1].location, SourceLocation(file: "conf/nginx.conf", line: 4, column: 13))
        XCTAssertEqual(config.files.count, 1)
        XCTAssertEqual(config.json()["status"], .string("failed"))
    }

    func testSnippet() throws {
        try assertMatchesCrossplane("snippet", file: "default.conf", json: "expected-main-context.json")
        let config = load("snippet", "default.conf", context: .http)
        XCTAssertEqual(config.errors, [])
        XCTAssertEqual(config.upstream(named: "app")?.children(named: "server").count, 2)
        XCTAssertEqual(config.servers.count, 1)
        XCTAssertFalse(config.isMainConfig)
    }

    func testLuaBlock() throws {
        try assertMatchesCrossplane("lua-block")
        let content = try XCTUnwrap(load("lua-block").directives(named: "content_by_lua_block").first?.directive)
        XCTAssertEqual(content.arguments.count, 1)
        XCTAssertTrue(content.values[0].contains("local t = { a = \"}\" } -- a brace in a comment }"))
    }

    func testUnbalancedClose() throws {
        try assertMatchesCrossplane("unbalanced-close")
        let config = load("unbalanced-close")
        XCTAssertEqual(config.errors.first?.location, SourceLocation(file: "nginx.conf", line: 5, column: 1))
        // The model keeps what came before the error; crossplane's JSON lists nothing.
        XCTAssertEqual(config.topLevel(named: "http").count, 1)
        XCTAssertFalse(config.files[0].isComplete)
    }

    func testUnexpectedEOF() throws {
        try assertMatchesCrossplane("unexpected-eof")
        let error = try XCTUnwrap(load("unexpected-eof").errors.first)
        XCTAssertTrue(error.message.contains("the block of \"http\" opened at line 2, column 6 is never closed"), error.message)
    }

    func testUnterminatedQuote() throws {
        // crossplane's lexer drops the string, so its JSON reports the open block instead.
        try assertMatchesCrossplane("unterminated-quote")
        let config = load("unterminated-quote")
        XCTAssertEqual(config.errors.count, 1)
        XCTAssertEqual(config.errors.first?.location, SourceLocation(file: "nginx.conf", line: 4, column: 20))
        XCTAssertTrue(config.errors.first?.message.hasPrefix("unterminated string") ?? false)
    }

    func testCRLF() throws {
        try assertMatchesCrossplane("crlf")
        XCTAssertEqual(load("crlf").directives(named: "return").first?.directive.values, ["200", "two\nlines"])
    }

    func testInvalidUTF8() throws {
        let config = load("invalid-utf8")
        XCTAssertEqual(config.errors.first?.kind, .invalidEncoding)
        XCTAssertEqual(config.errors.first?.location, SourceLocation(file: "nginx.conf", line: 3, column: 20))
        XCTAssertFalse(config.files[0].wasRead)
    }

    func testIfParentheses() throws {
        try assertMatchesCrossplane("if-parentheses")
        let conditions = load("if-parentheses").directives(named: "if").map(\.directive.values)
        XCTAssertEqual(conditions, [["$http_user_agent", "~", "MSIE"], ["$request_method", "=", "POST"], ["$slow"],
                                    ["-f", "$request_filename"]])
    }

    func testComments() throws {
        try assertMatchesCrossplane("comments", comments: true)
        XCTAssertTrue(load("comments").directives(named: "#").isEmpty)
    }

    func testParameterExpansion() throws {
        try assertMatchesCrossplane("parameter-expansion")
        let values = load("parameter-expansion").directives(named: "add_header").first?.directive.values
        XCTAssertEqual(values, ["X-Value", "${a} always"])
    }
}
