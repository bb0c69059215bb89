import BerthFormats
import BerthLabs
import BerthTestSupport
import XCTest

final class LintCheckTests: XCTestCase {
    private let weakTLS = "paths: [proxy/nginx.conf]\nrules: [BL304, BL305]"
    private let modern = """
        events {}
        http {
            server {
                listen 443 ssl;
                ssl_certificate /etc/nginx/certs/cert.pem;
                ssl_certificate_key /etc/nginx/certs/key.pem;
                ssl_protocols TLSv1.2 TLSv1.3;
            }
        }

        """

    func testPassesWhenTheRulesFindNothing() throws {
        let check = try makeCheck(LintCheck.self, weakTLS)
        let outcome = try assertCheck(check, .pass, on: ["proxy/nginx.conf": modern])
        XCTAssertEqual(outcome.found, "BL304, BL305 clean in proxy/nginx.conf")
    }

    func testFailsAtTheFindingAndNamesTheRule() throws {
        let check = try makeCheck(LintCheck.self, weakTLS)
        let old = modern.replacingOccurrences(of: "TLSv1.2 TLSv1.3", with: "TLSv1 TLSv1.2 TLSv1.3")
        let outcome = try assertCheck(check, .fail, on: ["proxy/nginx.conf": old])
        XCTAssertEqual(outcome.location, SourceLocation(file: "proxy/nginx.conf", line: 7, column: 23))
        XCTAssertTrue(outcome.found.hasPrefix("BL304: "), outcome.found)
    }

    func testASuppressionCommentDoesNotPassIt() throws {
        let check = try makeCheck(LintCheck.self, weakTLS)
        let silenced = modern.replacingOccurrences(of: "        ssl_protocols TLSv1.2 TLSv1.3;",
                                                   with: "        # berth-ignore BL304\n        ssl_protocols TLSv1 TLSv1.2;")
        try assertCheck(check, .fail, on: ["proxy/nginx.conf": silenced])
    }

    func testFailsWithoutTheFilesInsteadOfPassingOnNothing() throws {
        let named = try makeCheck(LintCheck.self, weakTLS)
        XCTAssertEqual(try assertCheck(named, .fail, on: [:]).found, "no file proxy/nginx.conf")
        let whole = try makeCheck(LintCheck.self, "rules: [BL105]")
        XCTAssertEqual(try assertCheck(whole, .fail, on: ["README.md": "# hi\n"]).found,
                       "no Dockerfile, compose file or nginx config in the repository")
        try assertCheck(whole, .pass, on: ["Dockerfile": "FROM ubuntu:24.04\nCOPY . /app\n"])
        try assertCheck(whole, .fail, on: ["Dockerfile": "FROM ubuntu:24.04\nADD . /app\n"])
    }

    func testUnknownRulesAreManifestErrorsWithASuggestion() {
        let (check, problems) = decodeCheck(LintCheck.self, "rules: [BL3044]")
        XCTAssertNil(check)
        XCTAssertTrue(problems.contains { $0.contains("BL3044, which is not a rule") }, "\(problems)")
        let (missing, missingProblems) = decodeCheck(LintCheck.self, "paths: [Dockerfile]")
        XCTAssertNil(missing)
        XCTAssertTrue(missingProblems.contains { $0.contains("needs `rules:`") }, "\(missingProblems)")
    }
}
