import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written in full under a hidden temporary name in its destination folder, then
/// moved into place in one step, so readers see the old file or the new one and never half.
///
/// The temporary file is created with its final mode (`O_CREAT` with 0600 for a key), so a
/// private key is never readable by others, not even for a moment. Everything is relative
/// to the folder's descriptor and uses `O_NOFOLLOW`, so a symbolic link cannot redirect a write.
struct StagedFile {
    /// A failed system call: which one, on what, and `errno`.
    struct Failure: Error {
        var operation: String
        var name: String
        var code: Int32
        var reason: String { String(cString: strerror(code)) }
    }

    let directory: Int32
    let name: String
    let temporaryName: String

    /// Writes `contents` to a new temporary file beside `name` with exactly `mode`.
    init(contents: String, name: String, mode: mode_t, in directory: Int32) throws {
        self.directory = directory
        self.name = name
        var random = SystemRandomNumberGenerator()
        temporaryName = ".\(name).\(String(random.next() as UInt32, radix: 16)).tmp"
        let descriptor = openat(directory, temporaryName, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw Failure(operation: "create", name: name, code: errno) }
        do {
            // The umask may have taken bits away (a 0644 certificate under umask 077); set them exactly.
            guard fchmod(descriptor, mode) == 0 else { throw Failure(operation: "set the mode of", name: name, code: errno) }
            try StagedFile.writeAll(Array(contents.utf8), to: descriptor, name: name)
            guard fsync(descriptor) == 0 else { throw Failure(operation: "sync", name: name, code: errno) }
            close(descriptor)
        } catch {
            close(descriptor)
            unlinkat(directory, temporaryName, 0)
            throw error
        }
    }

    /// Moves the file into place. Without `replacing`, an existing file (even one created
    /// since it was last checked) is left alone and the commit fails with `EEXIST`.
    func commit(replacing: Bool) throws {
        if replacing {
            guard renameat(directory, temporaryName, directory, name) == 0 else {
                throw Failure(operation: "rename", name: name, code: errno)
            }
            return
        }
        // A hard link never replaces its target, unlike rename.
        if linkat(directory, temporaryName, directory, name, 0) == 0 {
            unlinkat(directory, temporaryName, 0)
            return
        }
        let code = errno
        // Some file systems (FAT, some network shares) have no hard links: rename instead,
        // after the check the caller has already made.
        guard [EPERM, ENOTSUP, EOPNOTSUPP, ENOSYS, EMLINK].contains(code) else {
            throw Failure(operation: "create", name: name, code: code)
        }
        try commit(replacing: true)
    }

    /// Removes the temporary file when the commit did not happen.
    func discard() {
        unlinkat(directory, temporaryName, 0)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, name: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(operation: "write", name: name, code: errno)
            }
            offset += written
        }
    }
}
