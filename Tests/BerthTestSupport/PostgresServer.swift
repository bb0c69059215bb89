import Foundation

/// A real PostgreSQL cluster in a temporary folder, reached over its own Unix socket, for
/// tests of the persistence probe. PostgreSQL refuses to run as root, so as root every server
/// command runs as the `postgres` user.
public final class PostgresServer: @unchecked Sendable {
    public let folder: TemporaryDirectory
    private var data: String { folder.path + "/data" }
    private var socket: String { folder.path + "/socket" }

    static var binaries: String? {
        let found = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql"))?.sorted().last
        return found.map { "/usr/lib/postgresql/\($0)/bin" }.flatMap {
            FileManager.default.isExecutableFile(atPath: $0 + "/pg_ctl") ? $0 : nil
        }
    }

    /// Whether PostgreSQL's server programs are installed (`apt-get install postgresql-15`).
    public static var isAvailable: Bool { binaries != nil }

    public init() throws {
        folder = try TemporaryDirectory(prefix: "berth-postgres")
        try FileManager.default.createDirectory(atPath: folder.path + "/socket", withIntermediateDirectories: true)
        if getuid() == 0 {
            _ = try CommandRunner.run("/bin/chown", ["-R", "postgres", folder.path])
        }
        try initialize()
        try start()
    }

    /// Runs SQL with psql; the rows it printed, or nil on an error (no server, no table).
    public func query(_ sql: String) -> String? {
        guard let binaries = PostgresServer.binaries,
              let result = try? CommandRunner.run(binaries + "/psql", ["-h", socket, "-U", "berth", "-d", "postgres",
                                                                         "-v", "ON_ERROR_STOP=1", "-Atqc", sql]),
              result.status == 0 else { return nil }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Stops and starts the server on the same data, as a restarted container with a volume.
    public func restart() throws {
        try serverCommand("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"])
        try start()
    }

    /// Stops the server and starts a new, empty cluster: what becomes of data that lived in the
    /// container rather than in a volume when the stack is taken down and up.
    public func replaceWithEmptyCluster() throws {
        try serverCommand("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"])
        try FileManager.default.removeItem(atPath: data)
        try initialize()
        try start()
    }

    private func initialize() throws {
        try serverCommand("initdb", ["-D", data, "-U", "berth", "--auth=trust", "--no-sync"])
    }

    private func start() throws {
        try serverCommand("pg_ctl", ["-D", data, "-l", folder.path + "/server.log", "-w", "-t", "20",
                                     "-o", "-c listen_addresses='' -k \(socket) -c fsync=off", "start"])
    }

    private func serverCommand(_ program: String, _ arguments: [String]) throws {
        guard let binaries = PostgresServer.binaries else { throw TestServerError("PostgreSQL is not installed") }
        let command = [binaries + "/" + program] + arguments
        let result = getuid() == 0
            ? try CommandRunner.run("/usr/sbin/runuser", ["-u", "postgres", "--"] + command)
            : try CommandRunner.run(command[0], Array(command.dropFirst()))
        guard result.status == 0 else {
            throw TestServerError("\(program) failed (exit \(result.status)): \(result.stderr)\(result.stdout)")
        }
    }

    deinit {
        try? serverCommand("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"])
    }
}
