import BerthTestSupport
import Foundation
import XCTest

/// `berth cert` as a user runs it: the files it leaves, what it prints, and its refusals.
final class CertCommandTests: XCTestCase {
    private var folder: TemporaryDirectory!

    override func setUpWithError() throws {
        folder = try TemporaryDirectory()
    }

    /// XCTest keeps every test case object until the process exits, when deinits no longer run.
    override func tearDown() {
        folder = nil
        super.tearDown()
    }

    private func cert(_ arguments: [String] = [], environment: [String: String] = [:]) throws -> CommandResult {
        try CommandRunner.berth(["cert"] + arguments, environment: environment, in: folder.path)
    }

    private func contents(_ relativePath: String) throws -> String {
        try String(contentsOfFile: folder.path + "/" + relativePath, encoding: .utf8)
    }

    private func mode(_ relativePath: String) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: folder.path + "/" + relativePath)[.posixPermissions] as? Int
    }

    func testWritesThePairIntoCertsByDefault() throws {
        let result = try cert()
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        XCTAssertTrue(result.stdout.hasPrefix("""
            wrote certs/cert.pem  certificate, mode 0644
            wrote certs/key.pem  private key, mode 0600
              names    DNS:localhost, IP:127.0.0.1, IP:::1
              expires  
            """), result.stdout)
        XCTAssertTrue(result.stdout.contains("(in 365 days)\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("curl --cacert certs/cert.pem https://localhost/"), result.stdout)
        XCTAssertFalse(result.stdout.contains("\u{1B}["), "plain text in a pipe")
        XCTAssertEqual(try mode("certs/key.pem"), 0o600)
        XCTAssertEqual(try mode("certs/cert.pem"), 0o644)
        let text = try CommandRunner.run("/usr/bin/openssl", ["x509", "-noout", "-subject", "-ext", "subjectAltName",
                                                              "-in", folder.path + "/certs/cert.pem"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("subject=CN = localhost"), text.stdout)
        XCTAssertTrue(text.stdout.contains("DNS:localhost, IP Address:127.0.0.1"), text.stdout)
    }

    func testExtraNamesAndDaysGoIntoTheCertificate() throws {
        let result = try cert(["proxy/certs", "--name", "app.localhost", "--name", "192.168.1.20", "--days", "30"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("wrote proxy/certs/key.pem"), result.stdout)
        XCTAssertTrue(result.stdout.contains("names    DNS:localhost, IP:127.0.0.1, IP:::1, DNS:app.localhost, "
                                             + "IP:192.168.1.20\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("(in 30 days)"), result.stdout)
        XCTAssertTrue(try contents("proxy/certs/key.pem").hasPrefix("-----BEGIN PRIVATE KEY-----"))
    }

    func testExistingFilesAreKeptWithoutForce() throws {
        XCTAssertEqual(try cert().status, 0)
        let key = try contents("certs/key.pem")
        let again = try cert()
        XCTAssertEqual(again.status, 2)
        XCTAssertEqual(again.stdout, "")
        XCTAssertEqual(again.stderr, "berth: error: certs: cert.pem and key.pem already exist; pass --force to "
                       + "replace them with a new pair, or give another folder\n")
        XCTAssertEqual(try contents("certs/key.pem"), key)

        let forced = try cert(["--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertNotEqual(try contents("certs/key.pem"), key)
        XCTAssertEqual(try mode("certs/key.pem"), 0o600)
    }

    func testASymlinkedDestinationIsRefusedEvenWithForce() throws {
        try folder.write("secret.txt", "keep\n")
        try FileManager.default.createDirectory(atPath: folder.path + "/certs", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/certs/cert.pem",
                                                   withDestinationPath: folder.path + "/secret.txt")
        let result = try cert(["--force"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "berth: error: certs: cert.pem is a symbolic link, and berth never writes "
                       + "through one; remove it (rm certs/cert.pem) or give another folder\n")
        XCTAssertEqual(try contents("secret.txt"), "keep\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path + "/certs/key.pem"))
    }

    func testAFileInsteadOfAFolderIsBadInput() throws {
        try folder.write("certs", "oops\n")
        let result = try cert()
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.hasPrefix("berth: error: certs: is a file, not a folder;"), result.stderr)
    }

    func testBadOptionsAreUsageErrors() throws {
        for (arguments, expected) in [
            (["--days", "0"], "--days 0: a certificate lasts 1 to 825 days"),
            (["--days", "826"], "--days 826: a certificate lasts 1 to 825 days"),
            (["--days", "year"], "year"),
            (["--name", "back_end"], "--name back_end: not a DNS name or an IP address"),
            (["--name", "my host"], "--name \"my host\": not a DNS name"),
        ] {
            let result = try cert(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments)")
            XCTAssertTrue(result.stderr.contains(expected), result.stderr)
            XCTAssertTrue(result.stderr.contains("Usage: berth cert"), result.stderr)
            XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path + "/certs"), "nothing written")
        }
    }

    func testColorAlwaysStylesTheSummary() throws {
        let result = try cert(["--color", "always"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("\u{1B}[32mwrote\u{1B}[39m certs/cert.pem"), result.stdout)
    }

    func testHelpShowsHowTheTLSTaskMountsThePair() throws {
        let help = try CommandRunner.berth(["cert", "--help"], environment: ["COLUMNS": "100"])
        XCTAssertEqual(help.status, 0)
        for text in ["USAGE: berth cert [<dir>] [--name <name> ...] [--days <n>] [--force] [--color <when>]",
                     "Examples:", "- ./proxy/certs:/etc/nginx/certs:ro",
                     "ssl_certificate     /etc/nginx/certs/cert.pem;",
                     "ssl_certificate_key /etc/nginx/certs/key.pem;"] {
            XCTAssertTrue(help.stdout.contains(text), "missing \(text):\n\(help.stdout)")
        }
        let overview = try CommandRunner.berth(["--help"], environment: ["COLUMNS": "100"])
        XCTAssertTrue(overview.stdout.contains("Make a self-signed certificate"), overview.stdout)
    }
}
