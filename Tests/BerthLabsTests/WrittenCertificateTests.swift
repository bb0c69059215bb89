import BerthLabs
import BerthTestSupport
import Foundation
import XCTest

/// The two files on disk: their modes, and what is never overwritten.
final class WrittenCertificateTests: XCTestCase {
    private func contents(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    func testTheKeyIsPrivateAndTheCertificateReadableWhateverTheUmask() throws {
        for mask: mode_t in [0o000, 0o022, 0o077] {
            let previous = umask(mask)
            defer { umask(previous) }
            let fixture = try CertificateFixture()
            XCTAssertEqual(try CertificateFixture.mode(of: fixture.files.key), 0o600, "umask \(mask)")
            XCTAssertEqual(try CertificateFixture.mode(of: fixture.files.certificate), 0o644, "umask \(mask)")
        }
    }

    func testTheFolderIsCreatedAndHoldsOnlyThePair() throws {
        let fixture = try CertificateFixture(subfolder: "proxy/certs")
        XCTAssertEqual(fixture.files.certificate, fixture.folder.path + "/proxy/certs/cert.pem")
        XCTAssertEqual(fixture.files.key, fixture.folder.path + "/proxy/certs/key.pem")
        let names = try FileManager.default.contentsOfDirectory(atPath: fixture.folder.path + "/proxy/certs").sorted()
        XCTAssertEqual(names, ["cert.pem", "key.pem"], "no temporary file is left behind")
        XCTAssertEqual(try contents(fixture.files.certificate), fixture.certificate.certificatePEM)
        XCTAssertEqual(try contents(fixture.files.key), fixture.certificate.privateKeyPEM)
    }

    func testExistingFilesAreKeptUnlessReplacingIsAsked() throws {
        let fixture = try CertificateFixture()
        let folder = fixture.folder.path + "/certs"
        let newer = try GeneratedCertificate(request: CertificateRequest(), now: Date())
        XCTAssertThrowsError(try CertificateWriter(directory: folder).write(newer)) { error in
            let failure = error as? CertificateError
            XCTAssertEqual(failure?.kind, .alreadyExists)
            XCTAssertEqual(failure?.description,
                           "\(folder): cert.pem and key.pem already exist; pass --force to replace them with a "
                           + "new pair, or give another folder")
        }
        XCTAssertEqual(try contents(fixture.files.key), fixture.certificate.privateKeyPEM)

        try FileManager.default.removeItem(atPath: fixture.files.certificate)
        XCTAssertThrowsError(try CertificateWriter(directory: folder).write(newer), "one existing file is enough") {
            XCTAssertTrue("\($0)".contains("key.pem already exists; pass --force to replace it"), "\($0)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.files.certificate), "nothing half-written")

        _ = try CertificateWriter(directory: folder, replacesExisting: true).write(newer)
        XCTAssertEqual(try contents(fixture.files.key), newer.privateKeyPEM)
        XCTAssertEqual(try contents(fixture.files.certificate), newer.certificatePEM)
        XCTAssertEqual(try CertificateFixture.mode(of: fixture.files.key), 0o600)
    }

    func testASymbolicLinkIsNeverWrittenThrough() throws {
        let folder = try TemporaryDirectory(prefix: "berth-cert")
        let victim = try folder.write("elsewhere/id_ed25519", "do not touch\n")
        try FileManager.default.createDirectory(atPath: folder.path + "/certs", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/certs/key.pem", withDestinationPath: victim)
        let certificate = try GeneratedCertificate(request: CertificateRequest(), now: Date())
        for replacing in [false, true] {
            let writer = CertificateWriter(directory: folder.path + "/certs", replacesExisting: replacing)
            XCTAssertThrowsError(try writer.write(certificate)) { error in
                XCTAssertEqual((error as? CertificateError)?.kind, .symbolicLink)
                XCTAssertTrue("\(error)".contains("key.pem is a symbolic link, and berth never writes through one; "
                                                  + "remove it (rm \(folder.path)/certs/key.pem)"), "\(error)")
            }
        }
        XCTAssertEqual(try contents(victim), "do not touch\n")
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: folder.path + "/certs/key.pem"), victim)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path + "/certs/cert.pem"))
    }

    func testAFileWhereTheFolderShouldBeIsRefused() throws {
        let folder = try TemporaryDirectory(prefix: "berth-cert")
        let file = try folder.write("certs", "not a folder\n")
        let certificate = try GeneratedCertificate(request: CertificateRequest(), now: Date())
        XCTAssertThrowsError(try CertificateWriter(directory: file).write(certificate)) { error in
            XCTAssertEqual((error as? CertificateError)?.kind, .unusableDirectory)
            XCTAssertTrue("\(error)".hasPrefix("\(file): is a file, not a folder;"), "\(error)")
        }
    }

    func testAFolderThatCannotBeCreatedSaysWhy() throws {
        let folder = try TemporaryDirectory(prefix: "berth-cert")
        let file = try folder.write("proxy", "a file where a folder should be\n")
        let certificate = try GeneratedCertificate(request: CertificateRequest(), now: Date())
        XCTAssertThrowsError(try CertificateWriter(directory: file + "/certs").write(certificate)) { error in
            XCTAssertEqual((error as? CertificateError)?.kind, .unusableDirectory)
            XCTAssertTrue("\(error)".hasPrefix("\(file)/certs: cannot create the folder ("), "\(error)")
            XCTAssertTrue("\(error)".hasSuffix("check that the parent folder exists and is writable, or give "
                                               + "another folder"), "\(error)")
        }
    }

    func testAFolderThatCannotBeWrittenSaysSo() throws {
        // Root ignores permission bits, so this only means something for other users.
        try XCTSkipIf(geteuid() == 0, "running as root, which may write anywhere")
        let folder = try TemporaryDirectory(prefix: "berth-cert")
        try FileManager.default.createDirectory(atPath: folder.path + "/locked", withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o500])
        defer { chmod(folder.path + "/locked", 0o700) }
        let certificate = try GeneratedCertificate(request: CertificateRequest(), now: Date())
        XCTAssertThrowsError(try CertificateWriter(directory: folder.path + "/locked").write(certificate)) { error in
            XCTAssertEqual((error as? CertificateError)?.kind, .writeFailed)
            XCTAssertTrue("\(error)".contains("could not create key.pem (Permission denied)"), "\(error)")
        }
    }
}
