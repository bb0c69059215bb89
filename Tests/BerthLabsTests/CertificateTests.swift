import BerthLabs
import BerthTerminal
import BerthTestSupport
import Foundation
import XCTest

/// The certificate `berth cert` makes, read back by openssl.
final class CertificateTests: XCTestCase {
    func testCoversLocalhostTheLoopbackAddressesAndExtraNames() throws {
        let request = try CertificateRequest(extraNames: ["App.Localhost", "192.168.1.20", "localhost", "[0::1]"])
        let text = try CertificateFixture(request).certificateText()
        XCTAssertTrue(text.contains("Subject: CN = localhost"), text)
        XCTAssertTrue(text.contains("Issuer: CN = localhost"), text)
        // Each name once, the standard ones first, duplicates (::1 spelled another way) dropped.
        XCTAssertTrue(text.contains("""
            DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1, DNS:app.localhost, \
            IP Address:192.168.1.20\n
            """), text)
        XCTAssertEqual(request.names.map(\.description),
                       ["DNS:localhost", "IP:127.0.0.1", "IP:::1", "DNS:app.localhost", "IP:192.168.1.20"])
    }

    func testIsALeafForServerAuthenticationSignedWithP256() throws {
        let text = try CertificateFixture().certificateText()
        XCTAssertTrue(text.contains("Version: 3 (0x2)"), text)
        XCTAssertTrue(text.contains("X509v3 Basic Constraints: critical\n                CA:FALSE"), text)
        XCTAssertTrue(text.contains("X509v3 Key Usage: critical\n                Digital Signature\n"), text)
        XCTAssertTrue(text.contains("X509v3 Extended Key Usage: \n                TLS Web Server Authentication\n"), text)
        XCTAssertTrue(text.contains("ASN1 OID: prime256v1"), text)
        XCTAssertTrue(text.contains("Signature Algorithm: ecdsa-with-SHA256"), text)
    }

    func testAP384KeySignsWithSHA384() throws {
        let text = try CertificateFixture(CertificateRequest(keyType: .p384)).certificateText()
        XCTAssertTrue(text.contains("ASN1 OID: secp384r1"), text)
        XCTAssertTrue(text.contains("Signature Algorithm: ecdsa-with-SHA384"), text)
    }

    func testValidFromAnHourAgoForTheDaysAsked() throws {
        let now = Date(timeIntervalSince1970: 1_767_268_800.75)  // 2026-01-01 12:00:00.75 UTC
        let fixture = try CertificateFixture(CertificateRequest(days: 30), now: now)
        let dates = try CertificateFixture.openssl(["x509", "-noout", "-startdate", "-enddate", "-in",
                                                    fixture.files.certificate])
        XCTAssertEqual(dates, "notBefore=Jan  1 11:00:00 2026 GMT\nnotAfter=Jan 31 12:00:00 2026 GMT\n")
        XCTAssertEqual(fixture.certificate.notAfter, Date(timeIntervalSince1970: 1_767_268_800 + 30 * 86_400))
    }

    func testSerialNumbersAreRandomPositiveAndTwentyBytes() throws {
        let first = try GeneratedCertificate(request: CertificateRequest(), now: Date())
        let second = try GeneratedCertificate(request: CertificateRequest(), now: Date())
        XCTAssertNotEqual(first.serialNumber, second.serialNumber)
        for certificate in [first, second] {
            let bytes = certificate.serialNumber.split(separator: ":")
            XCTAssertEqual(bytes.count, 20, certificate.serialNumber)
            XCTAssertLessThan(try XCTUnwrap(UInt8(bytes[0], radix: 16)), 0x80, "a set top bit reads as negative")
        }
    }

    func testTheKeyBelongsToTheCertificate() throws {
        let fixture = try CertificateFixture()
        let keyText = try CertificateFixture.openssl(["pkey", "-in", fixture.files.key, "-noout", "-text"])
        XCTAssertTrue(keyText.contains("Private-Key: (256 bit)"), keyText)
        let fromKey = try CertificateFixture.openssl(["pkey", "-in", fixture.files.key, "-pubout"])
        let fromCertificate = try CertificateFixture.openssl(["x509", "-in", fixture.files.certificate, "-noout", "-pubkey"])
        XCTAssertTrue(fromKey.hasPrefix("-----BEGIN PUBLIC KEY-----"), fromKey)
        XCTAssertEqual(fromKey, fromCertificate)
        XCTAssertTrue(fixture.certificate.privateKeyPEM.hasPrefix("-----BEGIN PRIVATE KEY-----\n"))
        XCTAssertTrue(fixture.certificate.privateKeyPEM.hasSuffix("-----END PRIVATE KEY-----\n"))
    }

    func testTheFingerprintIsTheCertificatesSHA256() throws {
        let fixture = try CertificateFixture()
        let output = try CertificateFixture.openssl(["x509", "-noout", "-fingerprint", "-sha256", "-in",
                                                     fixture.files.certificate])
        XCTAssertEqual(output, "sha256 Fingerprint=\(fixture.certificate.fingerprint)\n")
    }

    func testNamesThatAreNeitherHostsNorAddressesAreRefused() throws {
        for bad in ["", "back_end", "-proxy", "a..b", "127.0.0.256", "host:8443", "exa mple", "*", "café.local",
                    String(repeating: "a", count: 64) + ".localhost"] {
            XCTAssertThrowsError(try CertificateRequest(extraNames: [bad]), bad) { error in
                let failure = error as? CertificateError
                XCTAssertEqual(failure?.kind, .invalidName)
                XCTAssertTrue(failure?.message.contains("such as api.localhost") == true, "\(error)")
            }
        }
        let good = try CertificateRequest(extraNames: ["*.localhost", "proxy", "10.0.0.5", "fe80::1"])
        XCTAssertEqual(good.names.suffix(4).map(\.description),
                       ["DNS:*.localhost", "DNS:proxy", "IP:10.0.0.5", "IP:fe80::1"])
    }

    func testValidityOutsideOneTo825DaysIsRefused() throws {
        for days in [0, -1, 826] {
            XCTAssertThrowsError(try CertificateRequest(days: days)) { error in
                XCTAssertEqual((error as? CertificateError)?.kind, .invalidValidity)
                XCTAssertTrue("\(error)".contains("1 to 825 days"), "\(error)")
            }
        }
        XCTAssertEqual(try CertificateRequest(days: 825).days, 825)
    }

    func testTheSummaryNamesTheFilesTheNamesAndTheExpiry() throws {
        let now = Date(timeIntervalSince1970: 1_767_268_800)
        let certificate = try GeneratedCertificate(request: CertificateRequest(extraNames: ["app.localhost"], days: 1),
                                                   now: now)
        let files = CertificateWriter.Files(certificate: "proxy/certs/cert.pem", key: "proxy/certs/key.pem")
        let text = CertificateSummaryWriter(style: .plain).write(certificate, files: files)
        XCTAssertEqual(text, """
            wrote proxy/certs/cert.pem  certificate, mode 0644
            wrote proxy/certs/key.pem  private key, mode 0600
              names    DNS:localhost, IP:127.0.0.1, IP:::1, DNS:app.localhost
              expires  2026-01-02 12:00:00 UTC (in 1 day)
              sha-256  \(certificate.fingerprint)

            Clients trust it when given the certificate itself, for example:
              curl --cacert proxy/certs/cert.pem https://localhost/

            """)
        let colored = CertificateSummaryWriter(style: TerminalStyle(color: true)).write(certificate, files: files)
        XCTAssertTrue(colored.contains("\u{1B}[32mwrote\u{1B}[39m"), colored)
    }
}
