import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes `cert.pem` (0644) and `key.pem` (0600) into a folder, the way nginx and the TLS
/// task expect them.
///
/// Existing files are kept unless replacing is asked for, and a symbolic link in place of
/// either file is always refused: writing through it could overwrite any file the user owns.
public struct CertificateWriter: Sendable {
    public static let certificateFileName = "cert.pem"
    public static let keyFileName = "key.pem"

    /// The paths written, as the folder was given.
    public struct Files: Sendable, Hashable {
        public var certificate: String
        public var key: String

        public init(certificate: String, key: String) {
            self.certificate = certificate
            self.key = key
        }
    }

    /// The destination folder as the user gave it; created (with its parents) when missing.
    public var directory: String
    public var replacesExisting: Bool

    public init(directory: String, replacesExisting: Bool = false) {
        self.directory = directory
        self.replacesExisting = replacesExisting
    }

    public func write(_ certificate: GeneratedCertificate) throws -> Files {
        let folder = try openDirectory()
        defer { close(folder) }
        try checkDestinations(in: folder)
        // The key goes first: a folder left with a certificate and no key is easier to notice.
        let contents = [(CertificateWriter.keyFileName, certificate.privateKeyPEM, mode_t(0o600)),
                        (CertificateWriter.certificateFileName, certificate.certificatePEM, mode_t(0o644))]
        var staged: [StagedFile] = []
        var committed: [StagedFile] = []
        do {
            for (name, text, mode) in contents {
                staged.append(try StagedFile(contents: text, name: name, mode: mode, in: folder))
            }
            for file in staged {
                try file.commit(replacing: replacesExisting)
                committed.append(file)
            }
        } catch {
            staged.forEach { $0.discard() }
            // Without --force nothing existed before, so a half-finished pair can go.
            if !replacesExisting { committed.forEach { unlinkat(folder, $0.name, 0) } }
            throw (error as? StagedFile.Failure).map(certificateError) ?? error
        }
        fsync(folder)
        return Files(certificate: path(CertificateWriter.certificateFileName), key: path(CertificateWriter.keyFileName))
    }

    /// `directory/name`, without doubling a trailing slash.
    public func path(_ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    private func openDirectory() throws -> Int32 {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw failure(.unusableDirectory, "is a file, not a folder; give the folder that should hold "
                              + "cert.pem and key.pem, such as proxy/certs")
            }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw failure(.unusableDirectory, "cannot create the folder (\(reason(of: error))); check that the "
                              + "parent folder exists and is writable, or give another folder")
            }
        }
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw failure(.unusableDirectory, "cannot open the folder (\(String(cString: strerror(errno)))); "
                          + "check its permissions")
        }
        return descriptor
    }

    /// Refuses links and non-files always, and existing files unless replacing.
    private func checkDestinations(in folder: Int32) throws {
        var existing: [String] = []
        for name in [CertificateWriter.certificateFileName, CertificateWriter.keyFileName] {
            var info = stat()
            guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                throw failure(.symbolicLink, "\(name) is a symbolic link, and berth never writes through one; "
                              + "remove it (rm \(path(name))) or give another folder")
            case S_IFREG:
                existing.append(name)
            default:
                throw failure(.unusableDirectory, "\(name) exists and is not a regular file; remove it or give "
                              + "another folder")
            }
        }
        guard existing.isEmpty || replacesExisting else {
            let files = existing.joined(separator: " and ")
            throw failure(.alreadyExists, "\(files) already \(existing.count == 1 ? "exists" : "exist"); pass "
                          + "--force to replace \(existing.count == 1 ? "it" : "them") with a new pair, or give "
                          + "another folder")
        }
    }

    private func certificateError(_ failure: StagedFile.Failure) -> CertificateError {
        if failure.code == EEXIST {
            return self.failure(.alreadyExists, "\(failure.name) appeared while berth was writing; run again "
                                + "with --force to replace it")
        }
        return self.failure(.writeFailed, "could not \(failure.operation) \(failure.name) (\(failure.reason)); "
                            + "check that the folder is writable and the disk is not full")
    }

    private func failure(_ kind: CertificateError.Kind, _ message: String) -> CertificateError {
        CertificateError(kind, subject: directory, message: message)
    }

    private func reason(of error: Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
