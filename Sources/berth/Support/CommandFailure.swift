import Foundation

/// A failure a command reports to the user: one message saying what went wrong and
/// what to do, and the exit code it stands for.
struct CommandFailure: Error {
    /// A check failed.
    static let checkFailed: Int32 = 1
    /// Bad usage or unreadable input.
    static let badInput: Int32 = 2
    /// The environment is missing something (no Docker engine, no notes folder).
    static let environment: Int32 = 3

    var message: String
    var exitCode: Int32

    init(_ message: String, exitCode: Int32 = CommandFailure.badInput) {
        self.message = message
        self.exitCode = exitCode
    }
}

/// Writes one line to standard error (unbuffered, so it interleaves with stdout in order).
func writeError(_ line: String) {
    let text = line.hasSuffix("\n") ? line : line + "\n"
    FileHandle.standardError.write(Data(text.utf8))
}
