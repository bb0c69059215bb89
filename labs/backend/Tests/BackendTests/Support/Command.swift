import Foundation

/// Runs helper programs (pg_ctl, psql, chown) to completion for the test harness.
enum Command {
    struct Result {
        var status: Int32
        var output: String
    }

    /// Runs `executable` with `arguments`, feeding `input`, and returns its exit status and
    /// combined output. Throws when it exits non-zero and `check` is set.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], input: String? = nil, check: Bool = true) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        // Output goes to a file, not a pipe: `pg_ctl start` leaves a server running that
        // inherits the descriptor, and a pipe would then never reach end-of-file.
        let outputPath = NSTemporaryDirectory() + "backend-command-\(UUID().uuidString).log"
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        defer { try? output.close() }
        process.standardOutput = output
        process.standardError = output
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try? stdin.fileHandleForWriting.close()
        }
        process.waitUntilExit()
        let data = FileManager.default.contents(atPath: outputPath) ?? Data()
        let result = Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
        if check, result.status != 0 {
            throw HarnessError("\(executable) \(arguments.joined(separator: " ")) exited \(result.status): \(result.output)")
        }
        return result
    }

    /// Runs a program as the `postgres` user when the tests run as root, since
    /// PostgreSQL refuses to run as root; otherwise as the current user.
    static func runAsPostgres(_ executable: String, _ arguments: [String], input: String? = nil, check: Bool = true) throws -> Result {
        if getuid() == 0 {
            return try run("/usr/sbin/runuser", ["-u", "postgres", "--", executable] + arguments, input: input, check: check)
        }
        return try run(executable, arguments, input: input, check: check)
    }
}
