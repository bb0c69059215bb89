import Foundation

/// A program running in a real pseudo-terminal under tmux, read back as the screen shows it.
public final class TmuxSession: @unchecked Sendable {
    public let name: String
    private let socket: String

    public static var isAvailable: Bool { executable != nil }
    static var executable: String? {
        ["/usr/bin/tmux", "/usr/local/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Starts `command` (run by the shell) in a detached session of `columns`×`rows`,
    /// with the test's environment less its colour settings, plus `environment`.
    public init(_ command: String, columns: Int = 80, rows: Int = 24, environment: [String: String] = [:]) throws {
        guard let tmux = TmuxSession.executable else { throw TestServerError("tmux is not installed") }
        name = "berth-\(UUID().uuidString.prefix(8))"
        socket = NSTemporaryDirectory() + "/\(name).sock"
        // The test runner sets NO_COLOR; a terminal session starts from a user's usual settings.
        let exports = "unset NO_COLOR CLICOLOR_FORCE FORCE_COLOR; " + environment.map { "export \($0.key)='\($0.value)';" }.joined(separator: " ")
        // The tmux server inherits the client's stdout: send it nowhere, or reading the
        // client's output would wait for the server to exit.
        let arguments = ["-S", socket, "new-session", "-d", "-s", name, "-x", String(columns), "-y", String(rows),
                         "\(exports) \(command); sleep 30"]
        let quoted = ([tmux] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let result = try CommandRunner.run("/bin/sh", ["-c", quoted.joined(separator: " ") + " >/dev/null 2>&1"])
        guard result.status == 0 else { throw TestServerError("tmux failed: \(result.stderr)") }
    }

    /// The visible screen; with `escapes`, including the colour codes.
    public func screen(escapes: Bool = false) throws -> String {
        let tmux = TmuxSession.executable ?? "tmux"
        return try CommandRunner.run(tmux, ["-S", socket, "capture-pane", "-p", "-t", name] + (escapes ? ["-e"] : [])).stdout
    }

    /// Waits until the screen contains `text`, up to `timeout` seconds; returns the last screen.
    @discardableResult
    public func waitFor(_ text: String, timeout: TimeInterval = 5) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return last
    }

    public func send(_ keys: String...) throws {
        let tmux = TmuxSession.executable ?? "tmux"
        _ = try CommandRunner.run(tmux, ["-S", socket, "send-keys", "-t", name] + keys)
    }

    deinit {
        if let tmux = TmuxSession.executable {
            _ = try? CommandRunner.run(tmux, ["-S", socket, "kill-server"])
        }
        try? FileManager.default.removeItem(atPath: socket)
    }
}
