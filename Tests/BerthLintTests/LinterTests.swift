import BerthFormats
import BerthLint
import BerthTestSupport
import XCTest

/// The whole-repository linter: discovery, context across files, suppressions and configuration.
final class LinterTests: XCTestCase {
    private var repository: TemporaryDirectory!

    override func setUpWithError() throws {
        repository = try TemporaryDirectory()
    }

    /// XCTest keeps every test case object until the process exits, when deinits no longer run.
    override func tearDown() {
        repository = nil
        super.tearDown()
    }

    private func lint(_ configuration: LintConfiguration = LintConfiguration()) -> LintReport {
        Linter(reader: SourceReader(root: repository.path), configuration: configuration).lint(["."])
    }

    private func ids(_ report: LintReport, in file: String? = nil) -> [String] {
        report.findings.filter { file == nil || $0.location.file == file }.map(\.ruleID)
    }

    private static let proxiedStack = """
        services:
          proxy:
            build: ./proxy
            ports:
              - "80:80"
          web:
            image: example/web:1.0
            ports:
              - "5252:5252"
        """

    func testFindsEveryKindOfConfigAndSkipsBuildFolders() throws {
        try repository.write("Dockerfile", "FROM ubuntu:24.04\nUSER app\nCMD [\"app\"]\n")
        try repository.write("compose.yaml", "services:\n  web:\n    image: example/web:1.0\n")
        try repository.write("proxy/nginx.conf", "events {}\nhttp { server { listen 80; } }\n")
        try repository.write("node_modules/x/Dockerfile", "FROM ubuntu\n")
        try repository.write(".build/Dockerfile", "FROM ubuntu\n")
        try repository.write(".build-release/checkouts/x/Dockerfile", "FROM ubuntu\n")
        let report = lint()
        XCTAssertEqual(report.files.map(\.path), ["Dockerfile", "compose.yaml", "proxy/nginx.conf"])
    }

    func testAProxyBuiltFromAnNginxDockerfileMakesOtherPublishedPortsAFinding() throws {
        try repository.write("compose.yaml", Self.proxiedStack)
        try repository.write("proxy/Dockerfile", "FROM nginx:1.27\nCOPY nginx.conf /etc/nginx/nginx.conf\n")
        let finding = try XCTUnwrap(lint().findings.first { $0.ruleID == "BL203" })
        XCTAssertEqual(finding.location.line, 9)
        XCTAssertTrue(finding.message.contains("proxy"), finding.message)
    }

    func testWithoutAProxyPublishedPortsAreFine() throws {
        try repository.write("compose.yaml", Self.proxiedStack)
        try repository.write("proxy/Dockerfile", "FROM ubuntu:24.04\nUSER app\n")
        XCTAssertFalse(ids(lint()).contains("BL203"))
    }

    func testNginxRulesKnowTheComposeServices() throws {
        try repository.write("compose.yaml", "services:\n  backend:\n    image: example/web:1.0\n")
        let proxy = "server {\n  listen 80;\n  location / {\n    proxy_pass http://%@:5252;\n  }\n}\n"
        try repository.write("proxy/default.conf", proxy.replacingOccurrences(of: "%@", with: "backnd"))
        let finding = try XCTUnwrap(lint().findings.first { $0.ruleID == "BL307" })
        XCTAssertEqual(finding.location.description, "proxy/default.conf:4:23")
        try repository.write("proxy/default.conf", proxy.replacingOccurrences(of: "%@", with: "backend"))
        XCTAssertFalse(ids(lint()).contains("BL307"))
    }

    func testAConfDSnippetIsReadInsideHTTPNotReportedAsMisplaced() throws {
        try repository.write("conf.d/default.conf", "upstream app { server web:5252; }\nserver { listen 80; }\n")
        let report = lint()
        XCTAssertFalse(ids(report).contains("BL001"), "\(report.findings)")
        XCTAssertFalse(ids(report).contains("BL311"), "a snippet needs no events block")
    }

    func testAnIncludedFileIsReportedOnceThroughItsParent() throws {
        try repository.write("nginx/nginx.conf", "events {}\nhttp {\n  include conf.d/*.conf;\n}\n")
        try repository.write("nginx/conf.d/site.conf", "server {\n  listen 80;\n  server_tokens on;\n}\n")
        let report = lint()
        XCTAssertEqual(report.findings.filter { $0.ruleID == "BL312" }.map(\.location.description),
                       ["nginx/conf.d/site.conf:3:17"])
    }

    func testParseErrorsAreFindingsWithTheirPosition() throws {
        try repository.write("compose.yaml", "services:\n  web:\n    image: [unclosed\n")
        let finding = try XCTUnwrap(lint().findings.first { $0.ruleID == "BL001" })
        XCTAssertEqual(finding.severity, .error)
        XCTAssertEqual(finding.location.file, "compose.yaml")
        XCTAssertGreaterThanOrEqual(finding.location.line, 3)
    }

    func testASymlinkLeavingTheRepositoryIsReportedNotFollowed() throws {
        let outside = try TemporaryDirectory()
        try outside.write("Dockerfile", "FROM ubuntu\n")
        try FileManager.default.createSymbolicLink(atPath: repository.path + "/elsewhere", withDestinationPath: outside.path)
        let report = lint()
        XCTAssertTrue(report.files.isEmpty)
        let finding = try XCTUnwrap(report.findings.first)
        XCTAssertEqual(finding.ruleID, "BL001")
        XCTAssertTrue(finding.message.contains("outside"), finding.message)
    }

    func testIgnoreCommentOnTheLineAboveSilencesOnlyTheNamedRule() throws {
        try repository.write("Dockerfile", """
            # berth-ignore BL100
            FROM ubuntu
            # a comment in between
            # berth-ignore: BL110, BL104
            RUN apt-get update && apt-get install -y curl
            """)
        let report = lint()
        XCTAssertFalse(ids(report).contains("BL100"))
        XCTAssertFalse(ids(report).contains("BL104"))
        XCTAssertTrue(ids(report).contains("BL115"), "BL115 points at the same FROM but is not named")
        XCTAssertTrue(ids(report).contains("BL102"), "only the named rules are silenced")
    }

    func testConfigurationIgnoresAndOverridesSeverities() throws {
        try repository.write("Dockerfile", "FROM ubuntu\nCMD python app.py\n")
        let report = lint(LintConfiguration(ignoredRules: ["BL115"], severityOverrides: ["BL106": .error]))
        XCTAssertFalse(ids(report).contains("BL115"))
        XCTAssertEqual(report.findings.first { $0.ruleID == "BL106" }?.severity, .error)
        XCTAssertTrue(report.fails(at: .error))
    }

    func testACleanRepositoryHasNoFindings() throws {
        try repository.write("Dockerfile", """
            FROM python:3.12-slim
            WORKDIR /app
            COPY requirements.txt .
            RUN pip install --no-cache-dir -r requirements.txt
            COPY . .
            USER nobody
            CMD ["python", "app.py"]
            """)
        let report = lint()
        XCTAssertEqual(report.findings, [], "\(report.findings.map(\.message))")
        XCTAssertEqual(report.summary, "no problems in 1 file")
    }
}
