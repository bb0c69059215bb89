import BerthLabs
import BerthTestSupport
import Foundation
import XCTest

/// A certificate written into a fresh folder, and openssl as an independent reader of it.
struct CertificateFixture {
    let folder: TemporaryDirectory
    let certificate: GeneratedCertificate
    let files: CertificateWriter.Files

    /// The standard request unless one is given.
    init(_ request: CertificateRequest? = nil, now: Date = Date(), subfolder: String = "certs") throws {
        folder = try TemporaryDirectory(prefix: "berth-cert")
        certificate = try GeneratedCertificate(request: request ?? CertificateRequest(), now: now)
        files = try CertificateWriter(directory: folder.path + "/" + subfolder).write(certificate)
    }

    /// Runs `openssl ARGUMENTS` and returns its stdout, failing the test when openssl fails.
    static func openssl(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try CommandRunner.run("/usr/bin/openssl", arguments)
        XCTAssertEqual(result.status, 0, "openssl \(arguments.joined(separator: " ")): \(result.stderr)",
                       file: file, line: line)
        return result.stdout
    }

    /// `openssl x509 -noout -text`: how every TLS library will read the certificate.
    func certificateText() throws -> String {
        try CertificateFixture.openssl(["x509", "-noout", "-text", "-in", files.certificate])
    }

    /// The file's permission bits, such as 0o600.
    static func mode(of path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return try XCTUnwrap(attributes[.posixPermissions] as? Int)
    }
}
