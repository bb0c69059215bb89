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

    /// Starts the cluster and waits until it accepts connections.
    func start() throws {
        let options = "-p \(port) -k \(socketFolder) -c listen_addresses=127.0.0.1 -c fsync=off"
        try Command.runAsPostgres("\(Self.bin)/pg_ctl", [
            "-D", data, "-o", options, "-l", folder.appendingPathComponent("server.log").path, "-w", "-t", "30", "start",
        ])
    }

    /// Stops the cluster, disconnecting every client, and waits until it has stopped.
    func stop() {
        _ = try? Command.runAsPostgres("\(Self.bin)/pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"], check: false)
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
