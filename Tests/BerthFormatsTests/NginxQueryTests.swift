import BerthFormats
import XCTest

/// The typed accessors lab checks and lint rules use.
final class NginxQueryTests: XCTestCase {
    private func parse(_ text: String, context: NginxContext = .main) -> NginxConfig {
        NginxConfig.parse(SourceText(path: "nginx.conf", text: text), context: context)
    }

    func testDirectivesNamedCarriesTheEnclosingBlocks() throws {
        let config = parse("events {}\nhttp {\n  server {\n    location /api/ {\n      proxy_pass http://backend;\n    }\n  }\n}\n")
        let pass = try XCTUnwrap(config.directives(named: "proxy_pass").first)
        XCTAssertEqual(pass.enclosing.map(\.name), ["http", "server", "location"])
        XCTAssertEqual(pass.parent?.values, ["/api/"])
        XCTAssertEqual(pass.nearest("server")?.location, SourceLocation(file: "nginx.conf", line: 3, column: 3))
        XCTAssertEqual(pass.directive.arguments.first?.location, SourceLocation(file: "nginx.conf", line: 5, column: 18))
    }

    func testInheritedFollowsNginxListInheritance() throws {
        let config = parse("""
            http {
              proxy_set_header Host $host;
              server {
                location /a/ { proxy_pass http://a; }
                location /b/ { proxy_set_header X-Real-IP $remote_addr; proxy_pass http://b; }
              }
            }
            """)
        let passes = config.directives(named: "proxy_pass")
        XCTAssertEqual(passes[0].inherited("proxy_set_header").map { $0.values[0] }, ["Host"])
        // Setting any proxy_set_header drops every inherited one.
        XCTAssertEqual(passes[1].inherited("proxy_set_header").map { $0.values[0] }, ["X-Real-IP"])
    }

    func testServersLeaveOutUpstreamServers() {
        let config = parse("upstream app { server a:1; server b:1; }\nserver { listen 80; }\n", context: .http)
        XCTAssertEqual(config.servers.count, 1)
        XCTAssertEqual(config.upstream(named: "app")?.children(named: "server").map { $0.values[0] }, ["a:1", "b:1"])
        XCTAssertNil(config.upstream(named: "missing"))
    }

    func testListen() throws {
        func listen(_ text: String) throws -> NginxListen {
            let directive = try XCTUnwrap(parse("listen \(text);", context: .server).directives.first)
            return try XCTUnwrap(NginxListen(directive))
        }
        XCTAssertEqual(try listen("80").port, 80)
        XCTAssertEqual(try listen("127.0.0.1").port, 80)
        XCTAssertEqual(try listen("127.0.0.1:8080").address, "127.0.0.1")
        XCTAssertEqual(try listen("[::]:443 ssl http2").endpoint, "[::]:443")
        XCTAssertTrue(try listen("[::]:443 ssl").isSSL)
        XCTAssertTrue(try listen("80 default_server").isDefaultServer)
        XCTAssertEqual(try listen("5000-5005").portRange, 5000...5005)
        XCTAssertTrue(try listen("unix:/run/nginx.sock").isUnixSocket)
        XCTAssertEqual(try listen("*:80").endpoint, try listen("0.0.0.0:80").endpoint)
    }

    func testProxyTarget() throws {
        func target(_ url: String) throws -> NginxProxyTarget {
            try XCTUnwrap(NginxProxyTarget(NginxArgument(value: url, location: SourceLocation(file: "f", line: 1, column: 10))))
        }
        let backend = try target("http://backend:5252/api/")
        XCTAssertEqual(backend.scheme, "http")
        XCTAssertEqual(backend.host, "backend")
        XCTAssertEqual(backend.port, 5252)
        XCTAssertEqual(backend.uri, "/api/")
        XCTAssertEqual(backend.hostLocation.column, 17)
        XCTAssertNil(try target("http://backend").uri)
        XCTAssertTrue(try target("http://$upstream").usesVariables)
        XCTAssertTrue(try target("http://127.0.0.1:9000").isAddressLiteral)
        XCTAssertTrue(try target("http://unix:/tmp/app.sock").isUnixSocket)
        XCTAssertEqual(try target("[::1]:9000").host, "[::1]")
    }

    func testIsMainConfig() {
        XCTAssertTrue(parse("events {}\nhttp {}\n").isMainConfig)
        XCTAssertFalse(parse("server { listen 80; }\n", context: .http).isMainConfig)
        let bareMain = NginxConfig.parse(SourceText(path: "nginx.conf", text: "worker_processes 1;\n"))
        XCTAssertTrue(bareMain.isMainConfig)
    }

    func testParseFromMemoryKeepsIncludesUnfollowed() throws {
        let config = parse("events {}\nhttp { include conf.d/*.conf; }\n")
        XCTAssertFalse(config.followsIncludes)
        let include = try XCTUnwrap(config.directives(named: "include").first?.directive)
        XCTAssertNil(include.includes)
        XCTAssertEqual(config.json()["config"], .array([.object([
            ("file", .string("nginx.conf")), ("status", .string("ok")), ("errors", .array([])),
            ("parsed", .array([
                .object([("directive", .string("events")), ("line", .int(1)), ("args", .array([])), ("block", .array([]))]),
                .object([("directive", .string("http")), ("line", .int(2)), ("args", .array([])), ("block", .array([
                    .object([("directive", .string("include")), ("line", .int(2)), ("args", .array([.string("conf.d/*.conf")]))]),
                ]))]),
            ])),
        ])]))
    }

    func testOutlineShowsPositions() {
        let outline = parse("events {}\nhttp {\n  server_tokens off;\n}\n").outline()
        XCTAssertEqual(outline, """
            nginx.conf: 1 file, 3 directives
              events {  @1:1
              http {  @2:1
                server_tokens off  @3:3
            """)
    }
}
