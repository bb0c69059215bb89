import Foundation
import XCTest

/// A throwaway PostgreSQL 15 cluster on a free port of 127.0.0.1, with a database
/// created from `db/init.sql`, deleted when the tests are done.
final class PostgresServer: @unchecked Sendable {
    static let bin = "/usr/lib/postgresql/15/bin"
    static let database = "shortener"
    static let user = "postgres"

    let port: Int
    private let folder: URL
    private var process: Process?
    private var data: String { folder.appendingPathComponent("data").path }
    private var socketFolder: String { folder.appendingPathComponent("sockets").path }

    /// Creates and starts a cluster, or skips the test when PostgreSQL 15 is not installed.
    init() throws {
        guard FileManager.default.isExecutableFile(atPath: "\(Self.bin)/postgres") else {
            throw XCTSkip("PostgreSQL 15 is missing from \(Self.bin); install it with: apt-get install -y postgresql-15")
        }
        port = try FreePort.next()
        folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("backend-pg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: socketFolder, withIntermediateDirectories: true)
        if getuid() == 0 {
            // initdb refuses root, so the cluster belongs to the postgres user.
            try Command.run("/bin/chown", ["-R", "postgres:postgres", folder.path])
        }
        try Command.runAsPostgres("\(Self.bin)/initdb", ["-D", data, "-U", Self.user, "-A", "trust", "--no-sync", "-E", "UTF8"])
        try start()
        try psql(database: "postgres", "CREATE DATABASE \(Self.database);")
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Starts the server, unless it runs already, as a child of the tests and waits
    /// until it accepts connections.
    ///
    /// Not `pg_ctl start`: Foundation's `Process` learns that a child ended when every
    /// process holding the child's end of its status socket has closed it, and the
    /// server `pg_ctl` leaves behind keeps it open, so waiting for `pg_ctl` would never end.
    func start() throws {
        if let process, process.isRunning { return }
        let log = folder.appendingPathComponent("server.log")
        if !FileManager.default.fileExists(atPath: log.path) {
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        }
        let output = try FileHandle(forWritingTo: log)
        output.seekToEndOfFile()
        let server = Process()
        server.standardOutput = output
        server.standardError = output
        server.standardInput = FileHandle.nullDevice
        let arguments = [
            "-D", data, "-p", String(port), "-k", socketFolder,
            "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off",
        ]
        if getuid() == 0 {
            server.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
            server.arguments = ["-u", "postgres", "--", "\(Self.bin)/postgres"] + arguments
        } else {
            server.executableURL = URL(fileURLWithPath: "\(Self.bin)/postgres")
            server.arguments = arguments
        }
        try server.run()
        try? output.close()
        process = server
        try FreePort.waitUntilListening(port, timeout: 30, what: "PostgreSQL")
        // The port opens a moment before the server takes queries; pg_isready says when.
        let deadline = Date().addingTimeInterval(30)
        while try Command.runAsPostgres("\(Self.bin)/pg_isready", ["-h", "127.0.0.1", "-p", String(port), "-q"], check: false).status != 0 {
            guard Date() < deadline, server.isRunning else {
                throw HarnessError("PostgreSQL on port \(port) did not accept queries; see \(log.path)")
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }

    /// Stops the server in "fast" mode, which disconnects every client at once, the way
    /// a crashed or stopped db container drops its connections; waits until it has stopped.
    func stop() {
        guard let process, process.isRunning else { return }
        _ = try? Command.runAsPostgres("\(Self.bin)/pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"], check: false)
        process.waitUntilExit()
        self.process = nil
    }

    /// Runs SQL as the superuser, stopping at the first error.
    @discardableResult
    func psql(database: String = PostgresServer.database, _ sql: String) throws -> String {
        try Command.runAsPostgres("\(Self.bin)/psql", [
            "-h", "127.0.0.1", "-p", String(port), "-U", Self.user, "-d", database,
            "-v", "ON_ERROR_STOP=1", "-q", "-t", "-A",
        ], input: sql).output
    }

    /// Creates the schema the way the postgres image would, from the file students mount.
    func applySchema() throws {
        try psql(String(contentsOf: PackagePaths.initSQL, encoding: .utf8))
    }
}
