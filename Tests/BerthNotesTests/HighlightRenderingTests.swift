import BerthNotes
import XCTest

/// Highlighting as the renderer applies it: colours only, never a changed character.
final class HighlightRenderingTests: XCTestCase {
    private let e = "\u{1B}["

    private func render(_ markdown: String, _ style: TerminalStyle) -> String {
        TerminalRenderer(options: RenderOptions(width: 40, style: style)).render(markdown: markdown)
    }

    /// One sample per highlighted language, with a word each must colour and the SGR
    /// code it gets: 35 (magenta) for keywords, 34 (blue) for keys, 1 (bold) for commands.
    private let samples: [(language: String, code: String, keyword: String, sgr: String)] = [
        ("yaml", "services:\n  web:\n    image: \"nginx:1.27\"  # pinned\n    restart: always\n    replicas: 3", "services", "34"),
        ("nginx", "server {\n    listen 80;\n    location / { proxy_pass http://$upstream; }  # all\n}", "listen", "35"),
        ("dockerfile", "FROM ubuntu:24.04\nRUN apt-get update \\\n && apt-get upgrade -y\nCMD [\"echo\", \"Hello, World!\"]", "FROM", "35"),
        ("sh", "for i in 1 2 3; do curl -s \"http://localhost:9999/instance\"; done  # three ids", "for", "35"),
        ("shell", "if [ -f .env ]; then export $(cat .env); fi", "then", "35"),
        ("bash", "while true; do sleep 1; done", "while", "35"),
        ("console", "$ docker compose ps\nNAME   STATUS\nweb-1  Up 3 seconds", "docker", "1"),
        ("swift", "import Hummingbird\n/* routes */\nlet router = Router() // one router\nrouter.get(\"/api/hello\") { _, _ in \"Hello, World!\" }", "import", "35"),
        ("json", "{\n  \"score\": 8.5,\n  \"status\": \"pass\",\n  \"live\": false\n}", "false", "35"),
        ("python", "from flask import Flask\n@app.route('/api/hello')\ndef hello():\n    return 'Hello, World!'  # text", "def", "35"),
    ]

    func testEachLanguageColoursItsKeywordsKeysOrCommands() {
        for sample in samples {
            let output = render("```\(sample.language)\n\(sample.code)\n```", TerminalStyle(color: true))
            let reset = sample.sgr == "1" ? "22" : "39"
            XCTAssertTrue(output.contains("\(e)\(sample.sgr)m\(sample.keyword)\(e)\(reset)m"),
                          "\(sample.language): \(output.debugDescription)")
        }
    }

    func testStrippingTheColourGivesExactlyThePlainRendering() {
        for sample in samples {
            let markdown = "Before:\n\n```\(sample.language)\n\(sample.code)\n```\n\nAfter."
            let colour = render(markdown, TerminalStyle(color: true))
            XCTAssertNotEqual(colour, render(markdown, .plain), sample.language)
            XCTAssertEqual(removingTerminalEscapes(from: colour), render(markdown, .plain), sample.language)
        }
    }

    func testEachTokenKindHasItsColour() {
        let output = render("```yaml\n# c\nkey: \"s\"\nn: 3\nb: true\nv: ${HOME}\n```", TerminalStyle(color: true))
        XCTAssertEqual(output, """
              \(e)2myaml\(e)22m
              \(e)2m# c\(e)22m
              \(e)34mkey\(e)39m: \(e)32m"s"\(e)39m
              \(e)34mn\(e)39m: \(e)33m3\(e)39m
              \(e)34mb\(e)39m: \(e)35mtrue\(e)39m
              \(e)34mv\(e)39m: \(e)36m${HOME}\(e)39m

            """)
    }

    func testPlainCodeIsNeverHighlighted() {
        XCTAssertEqual(render("```nginx\nlisten 80;\n```", .plain), "  nginx\n  listen 80;\n")
    }
}
