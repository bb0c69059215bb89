import BerthLabs
import BerthTestSupport
import Foundation
import XCTest

/// The certificate does its job: a real nginx serves it and curl verifies it as localhost.
final class ServedCertificateTests: XCTestCase {
    private var fixture: CertificateFixture!
    private var server: NginxServer!

    override func setUpWithError() throws {
        try XCTSkipUnless(NginxServer.isAvailable, "nginx is not installed (apt-get install nginx-light)")
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/curl"), "curl is not installed")
        fixture = try CertificateFixture()
        // The TLS task's server block, with the generated pair.
        server = try NginxServer(serverBlocks: """
            server {
                listen ADDRESS:8443 ssl;
                ssl_certificate \(fixture.files.certificate);
                ssl_certificate_key \(fixture.files.key);
                ssl_protocols TLSv1.2 TLSv1.3;
                location / { return 200 "$ssl_protocol\\n"; }
            }
            """)
    }

    /// XCTest keeps every test case object until the process exits, when deinits no longer run.
    override func tearDown() {
        server = nil
        fixture = nil
        super.tearDown()
    }

    /// curl to `https://HOST:8443/` with HOST resolved to the test server's address.
    private func curl(_ host: String, _ options: [String] = []) throws -> CommandResult {
        try CommandRunner.run("/usr/bin/curl", ["--silent", "--show-error", "--max-time", "10",
                                                "--resolve", "\(host):8443:\(server.address)"]
                              + options + ["https://\(host):8443/"])
    }

    func testCurlVerifiesItForLocalhostOverTLS12And13() throws {
        let cacert = ["--cacert", fixture.files.certificate]
        let newest = try curl("localhost", cacert)
        XCTAssertEqual(newest.status, 0, newest.stderr)
        XCTAssertEqual(newest.stdout, "TLSv1.3\n")
        let older = try curl("localhost", cacert + ["--tlsv1.2", "--tls-max", "1.2"])
        XCTAssertEqual(older.status, 0, older.stderr)
        XCTAssertEqual(older.stdout, "TLSv1.2\n")
    }

    func testANameNotInTheCertificateFailsVerification() throws {
        let result = try curl("example.test", ["--cacert", fixture.files.certificate])
        XCTAssertEqual(result.status, 60, "curl's code for a certificate it cannot verify: \(result.stderr)")
        XCTAssertTrue(result.stderr.contains("example.test"), result.stderr)
    }

    func testAnotherPairsCertificateDoesNotVouchForThisOne() throws {
        let other = try CertificateFixture()
        let result = try curl("localhost", ["--cacert", other.files.certificate])
        XCTAssertEqual(result.status, 60, "a self-signed certificate is trusted only itself: \(result.stderr)")
        XCTAssertEqual(result.stdout, "")
    }
}
