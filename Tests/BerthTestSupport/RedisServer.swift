import Foundation

/// A real Redis, run in the foreground on its own loopback address with its data in a
/// temporary folder, for tests of the persistence probe.
public final class RedisServer: @unchecked Sendable {
    public let address: String
    public let folder: TemporaryDirectory
    private let settings: [String]
    private var process: Process

    static let executable = "/usr/bin/redis-server"
    static let client = "/usr/bin/redis-cli"

    /// Whether Redis is installed (`apt-get install redis-server`).
    public static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: executable) && FileManager.default.isExecutableFile(atPath: client)
    }

    /// Starts Redis with its defaults plus `settings` (`["--save", ""]`, `["--appendonly", "yes"]`).
    public init(settings: [String] = []) throws {
        address = NginxServer.randomLoopbackAddress()
        folder = try TemporaryDirectory(prefix: "berth-redis")
        self.settings = ["--bind", address, "--port", "6379", "--dir", folder.path, "--daemonize", "no",
                         "--logfile", folder.path + "/redis.log"] + settings
        process = try RedisServer.start(self.settings)
        try waitUntilReady()
    }

    /// Redis itself, or, after `delay` seconds, through a shell that becomes Redis.
    private static func start(_ settings: [String], delay: Double = 0) throws -> Process {
        let process = Process()
        if delay > 0 {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "sleep \(delay) && exec \"$0\" \"$@\"", executable] + settings
        } else {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = settings
        }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs one command with redis-cli; its reply, or nil while the server cannot be reached.
    public func command(_ words: String...) -> String? {
        guard let result = try? CommandRunner.run(RedisServer.client, ["-h", address, "-p", "6379"] + words),
              result.status == 0, !result.stdout.hasPrefix("ERR"), !result.stdout.isEmpty else { return nil }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Stops Redis as `docker compose restart` does (SIGTERM, so it saves if it is set to).
    public func stop() {
        process.terminate()
        process.waitUntilExit()
    }

    /// Starts it again on the same settings and data folder.
    public func start() throws {
        process = try RedisServer.start(settings)
        try waitUntilReady()
    }

    /// Starts it again `delay` seconds from now, without waiting: a service still restarting.
    public func start(after delay: Double) throws {
        process = try RedisServer.start(settings, delay: delay)
    }

    private func waitUntilReady() throws {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            guard process.isRunning else {
                let log = (try? String(contentsOfFile: folder.path + "/redis.log", encoding: .utf8)) ?? ""
                throw TestServerError("redis-server exited at start: \(log)")
            }
            if command("PING") == "PONG" { return }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw TestServerError("redis-server did not answer within 5 s")
    }

    deinit {
        if process.isRunning { stop() }
    }
}
