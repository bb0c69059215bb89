@testable import BerthNotes
import XCTest

/// The per-language tokenizers behind code block highlighting.
///
/// Expectations mark each token that is not plain as `⟨kind:text⟩`, so a line reads
/// almost as written and every token boundary is asserted.
final class HighlightTests: XCTestCase {
    private func marked(_ language: String, _ code: String) -> String {
        guard var highlighter = CodeHighlighter(language: language) else { return "no highlighter" }
        return code.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            highlighter.tokens(in: line).map { token in
                token.kind == .plain ? String(token.text) : "⟨\(Self.name(token.kind)):\(token.text)⟩"
            }.joined()
        }.joined(separator: "\n")
    }

    private static func name(_ kind: CodeTokenKind) -> String {
        switch kind {
        case .plain: "plain"
        case .comment: "c"
        case .keyword: "k"
        case .command: "cmd"
        case .string: "s"
        case .number: "n"
        case .variable: "v"
        case .key: "key"
        case .prompt: "p"
        }
    }

    func testYAMLKeysValuesCommentsAndInterpolation() {
        let code = """
            services:
              web:
                image: "nginx:1.27"   # pinned
                ports:
                  - 8080:80
                restart: true
                replicas: 3
                environment:
                  DB_HOST: ${DB_HOST:-db}
                  anchor: &base x
            """
        XCTAssertEqual(marked("yaml", code), """
            ⟨key:services⟩:
              ⟨key:web⟩:
                ⟨key:image⟩: ⟨s:"nginx:1.27"⟩   ⟨c:# pinned⟩
                ⟨key:ports⟩:
                  - 8080:80
                ⟨key:restart⟩: ⟨k:true⟩
                ⟨key:replicas⟩: ⟨n:3⟩
                ⟨key:environment⟩:
                  ⟨key:DB_HOST⟩: ⟨v:${DB_HOST:-db}⟩
                  ⟨key:anchor⟩: ⟨v:&base⟩ x
            """)
    }

    func testYAMLBlockScalarLinesAreText() {
        let code = """
            command: |
              echo "key: not a key"
              # not a comment
            next: 1
            """
        XCTAssertEqual(marked("yml", code), """
            ⟨key:command⟩: |
            ⟨s:  echo "key: not a key"⟩
            ⟨s:  # not a comment⟩
            ⟨key:next⟩: ⟨n:1⟩
            """)
    }

    func testNginxDirectivesVariablesNumbersAndComments() {
        let code = """
            limit_req_zone $binary_remote_addr zone=api:10m rate=10r/s;
            server {
                listen 443 ssl;   # TLS only
                location /api/ {
                    proxy_set_header X-Real-IP $remote_addr;
                    return 301 "https://$host$request_uri";
                }
            }
            """
        XCTAssertEqual(marked("nginx", code), """
            ⟨k:limit_req_zone⟩ ⟨v:$binary_remote_addr⟩ zone=api:10m rate=10r/s;
            ⟨k:server⟩ {
                ⟨k:listen⟩ ⟨n:443⟩ ssl;   ⟨c:# TLS only⟩
                ⟨k:location⟩ /api/ {
                    ⟨k:proxy_set_header⟩ X-Real-IP ⟨v:$remote_addr⟩;
                    ⟨k:return⟩ ⟨n:301⟩ ⟨s:"https://$host$request_uri"⟩;
                }
            }
            """)
    }

    func testNginxStatementContinuedOnTheNextLineKeepsItsArguments() {
        XCTAssertEqual(marked("nginx", "ssl_protocols\n    TLSv1.2 TLSv1.3;\nlisten 80;"), """
            ⟨k:ssl_protocols⟩
                TLSv1.2 TLSv1.3;
            ⟨k:listen⟩ ⟨n:80⟩;
            """)
    }

    func testDockerfileInstructionsStagesAndShellInRun() {
        let code = """
            # syntax=docker/dockerfile:1
            FROM swift:6.0 AS build
            ENV PORT=5252 NAME="berth"
            RUN apt-get update \\
                && apt-get install -y curl  # tools
            EXPOSE 5252
            CMD ["./backend", "--port", "$PORT"]
            """
        XCTAssertEqual(marked("dockerfile", code), """
            ⟨c:# syntax=docker/dockerfile:1⟩
            ⟨k:FROM⟩ swift:6.0 ⟨k:AS⟩ build
            ⟨k:ENV⟩ PORT=5252 NAME=⟨s:"berth"⟩
            ⟨k:RUN⟩ ⟨cmd:apt-get⟩ update \\
                && ⟨cmd:apt-get⟩ install -y curl  ⟨c:# tools⟩
            ⟨k:EXPOSE⟩ ⟨n:5252⟩
            ⟨k:CMD⟩ [⟨s:"./backend"⟩, ⟨s:"--port"⟩, ⟨s:"$PORT"⟩]
            """)
    }

    func testShellCommandsKeywordsVariablesStringsAndComments() {
        let code = """
            export APP_ENV=production   # for the backend
            if [ -n "$TOKEN" ]; then
              curl -s http://localhost:${PORT}/api/hello | grep 'Hello' && echo ok
            fi
            docker compose up --scale backend=3
            """
        XCTAssertEqual(marked("bash", code), """
            ⟨cmd:export⟩ APP_ENV=production   ⟨c:# for the backend⟩
            ⟨k:if⟩ ⟨cmd:[⟩ -n ⟨s:"$TOKEN"⟩ ]; ⟨k:then⟩
              ⟨cmd:curl⟩ -s http://localhost:⟨v:${PORT}⟩/api/hello | ⟨cmd:grep⟩ ⟨s:'Hello'⟩ && ⟨cmd:echo⟩ ok
            ⟨k:fi⟩
            ⟨cmd:docker⟩ compose up --scale backend=3
            """)
    }

    func testShellAssignmentBeforeACommand() {
        XCTAssertEqual(marked("sh", "LOG_LEVEL=debug swift run"), "⟨v:LOG_LEVEL⟩=debug ⟨cmd:swift⟩ run")
    }

    func testConsoleHighlightsCommandsAfterPromptsAndLeavesOutputPlain() {
        let code = """
            $ docker ps --format '{{.Names}}'
            stack-web-1
            $ curl -sI http://localhost:9999 \\
                -H 'Host: example'
            HTTP/1.1 200 OK
            """
        XCTAssertEqual(marked("console", code), """
            ⟨p:$ ⟩⟨cmd:docker⟩ ps --format ⟨s:'{{.Names}}'⟩
            stack-web-1
            ⟨p:$ ⟩⟨cmd:curl⟩ -sI http://localhost:9999 \\
                -H ⟨s:'Host: example'⟩
            HTTP/1.1 200 OK
            """)
    }

    func testSwiftKeywordsAttributesStringsNumbersAndCommentsAcrossLines() {
        let code = """
            @main struct App {
                /* a comment
                   over two lines */ let port = 5252
                static let text = \"\"\"
                    Hello, "World"!
                    \"\"\" // done
            }
            #if os(Linux)
            """
        XCTAssertEqual(marked("swift", code), """
            ⟨k:@main⟩ ⟨k:struct⟩ App {
                ⟨c:/* a comment⟩
            ⟨c:       over two lines */⟩ ⟨k:let⟩ port = ⟨n:5252⟩
                ⟨k:static⟩ ⟨k:let⟩ text = ⟨s:\"\"\"⟩
            ⟨s:        Hello, "World"!⟩
            ⟨s:        \"\"\"⟩ ⟨c:// done⟩
            }
            ⟨k:#if⟩ os(Linux)
            """)
    }

    func testJSONKeysStringsNumbersAndLiterals() {
        XCTAssertEqual(marked("json", #"{"score": 8.5, "status": "pass", "live": false, "file": null, "line": -3}"#),
                       #"{⟨key:"score"⟩: ⟨n:8.5⟩, ⟨key:"status"⟩: ⟨s:"pass"⟩, ⟨key:"live"⟩: ⟨k:false⟩, ⟨key:"file"⟩: ⟨k:null⟩, ⟨key:"line"⟩: ⟨n:-3⟩}"#)
    }

    func testPythonKeywordsDecoratorsAndTripleQuotedStrings() {
        let code = """
            @app.route("/api/hello")
            def hello():  # the route
                doc = f'''Hello,
                World'''
                return None if False else 42
            """
        XCTAssertEqual(marked("python", code), """
            ⟨k:@app.route⟩(⟨s:"/api/hello"⟩)
            ⟨k:def⟩ hello():  ⟨c:# the route⟩
                doc = ⟨s:f'''Hello,⟩
            ⟨s:    World'''⟩
                ⟨k:return⟩ ⟨k:None⟩ ⟨k:if⟩ ⟨k:False⟩ ⟨k:else⟩ ⟨n:42⟩
            """)
    }

    func testLanguageNamesAreMatchedWithoutCaseAndUnknownOnesHaveNoHighlighter() {
        XCTAssertNotNil(CodeHighlighter(language: "YAML"))
        XCTAssertNotNil(CodeHighlighter(language: "Dockerfile"))
        XCTAssertNotNil(CodeHighlighter(language: "shell"))
        XCTAssertNil(CodeHighlighter(language: "text"))
        XCTAssertNil(CodeHighlighter(language: ""))
    }
}
