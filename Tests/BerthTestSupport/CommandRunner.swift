import BerthLive
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
        // The deadline only stops a hung child; tests that build images take minutes.
        let result = try ProgramRun(executable, arguments, environment: environment ?? ProcessInfo.processInfo.environment,
                                    directory: directory, input: input, timeout: 1800).run()
        return CommandResult(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }
}
