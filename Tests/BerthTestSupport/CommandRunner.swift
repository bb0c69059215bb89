import Foundation

/// The outcome of running a program to completion.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs a program with arguments, an environment and optional standard input, and waits.
public enum CommandRunner {
    /// Runs the `berth` binary built with the tests. The environment is cleared of
    /// colour and terminal settings unless given, so output is deterministic.
    public static func berth(_ arguments: [String], environment: [String: String] = [:],
                             input: String? = nil, in directory: String? = nil) throws -> CommandResult {
        var base = ProcessInfo.processInfo.environment
        for key in ["NO_COLOR", "COLUMNS", "LINES", "PAGER", "BERTH_LABS", "BERTH_NOTES", "CLICOLOR_FORCE", "FORCE_COLOR"] {
            base.removeValue(forKey: key)
        }
        base.merge(environment) { _, new in new }
        return try run(RepositoryPaths.berthBinary.path, arguments, environment: base,
                       input: input, in: directory)
    }

    public static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil,
                           input: String? = nil, in directory: String? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let stdout = Pipe()
        let stderr = Pipe()
        let stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try? stdin.fileHandleForWriting.close()
        // Read both pipes concurrently so a chatty child cannot fill one and block.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = stderr.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus,
                             stdout: String(decoding: outData, as: UTF8.self),
                             stderr: String(decoding: errData, as: UTF8.self))
    }
}
