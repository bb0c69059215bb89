import Foundation
import XCTest

/// A throwaway `redis-server` on a free port of 127.0.0.1, keeping nothing on disk.
final class RedisServer: @unchecked Sendable {
    static let executable = "/usr/bin/redis-server"

    let port: Int
    private var process: Process?

    /// Starts a server, or skips the test when Redis is not installed.
    init() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.executable) else {
            throw XCTSkip("\(Self.executable) is missing; install it with: apt-get install -y redis-server")
        }
        port = try FreePort.next()
        try start()
    }

    deinit { kill() }

    /// Starts (or restarts) the server on the same port and waits until it accepts connections.
    func start() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = [
            "--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
            "--daemonize", "no", "--loglevel", "warning",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        self.process = process
        try FreePort.waitUntilListening(port, timeout: 10, what: "redis-server")
    }

    /// Kills the server at once, as a crash or `docker kill` would, and waits for it to go.
    func kill() {
        guard let process, process.isRunning else { return }
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        self.process = nil
    }
}
