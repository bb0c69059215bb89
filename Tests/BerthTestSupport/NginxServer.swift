import Foundation

/// A real nginx, run in the foreground from a temporary prefix, for tests of probes.
///
/// Each server binds its own random 127.x.y.z address so tests never share ports.
public final class NginxServer: @unchecked Sendable {
    public let address: String
    public let prefix: TemporaryDirectory
    private var process: Process

    /// Whether nginx is installed (`apt-get install nginx-light`).
    public static var isAvailable: Bool { executable != nil }

    static var executable: String? {
        ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// A loopback address no other test uses.
    public static func randomLoopbackAddress() -> String {
        "127.\(Int.random(in: 1...250)).\(Int.random(in: 1...250)).\(Int.random(in: 1...250))"
    }

    /// Starts nginx with `serverBlocks` inside `http {}`; `ADDRESS` in the text is replaced by
    /// this server's address. Extra files (certificates, html) can be written into `prefix` first
    /// through `files`, keyed by path relative to the prefix.
    public init(serverBlocks: String, httpDirectives: String = "", files: [String: String] = [:]) throws {
        guard let nginx = NginxServer.executable else { throw TestServerError("nginx is not installed") }
        address = NginxServer.randomLoopbackAddress()
        prefix = try TemporaryDirectory(prefix: "berth-nginx")
        for (path, contents) in files { try prefix.write(path, contents) }
        let config = """
            daemon off;
            pid \(prefix.path)/nginx.pid;
            error_log \(prefix.path)/error.log;
            events { worker_connections 64; }
            http {
                access_log off;
                client_body_temp_path \(prefix.path)/client_body;
                proxy_temp_path \(prefix.path)/proxy;
                fastcgi_temp_path \(prefix.path)/fastcgi;
                uwsgi_temp_path \(prefix.path)/uwsgi;
                scgi_temp_path \(prefix.path)/scgi;
                \(httpDirectives)
                \(serverBlocks.replacingOccurrences(of: "ADDRESS", with: address)
                    .replacingOccurrences(of: "PREFIX", with: prefix.path))
            }
            """
        try prefix.write("nginx.conf", config)
        process = try NginxServer.start(nginx, prefix: prefix)
        try waitUntilListening()
    }

    private static func start(_ nginx: String, prefix: TemporaryDirectory) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: nginx)
        process.arguments = ["-c", prefix.path + "/nginx.conf", "-p", prefix.path, "-e", prefix.path + "/error.log"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// `nginx -s reload`: the master starts new workers and lets the old ones finish.
    public func reload() {
        kill(process.processIdentifier, SIGHUP)
        Thread.sleep(forTimeInterval: 0.3)
    }

    /// Stops nginx and starts it again on the same config: the gap a restart leaves.
    public func restart() throws {
        guard let nginx = NginxServer.executable else { return }
        process.terminate()
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: prefix.path + "/nginx.pid")
        Thread.sleep(forTimeInterval: 0.3)
        process = try NginxServer.start(nginx, prefix: prefix)
        try waitUntilListening()
    }

    /// Waits (up to 3 s) for the pid file, which nginx writes once its sockets are bound.
    private func waitUntilListening() throws {
        let deadline = Date().addingTimeInterval(3)
        while Date() < deadline {
            if !process.isRunning {
                let log = (try? String(contentsOfFile: prefix.path + "/error.log", encoding: .utf8)) ?? ""
                throw TestServerError("nginx exited at start: \(log)")
            }
            if FileManager.default.fileExists(atPath: prefix.path + "/nginx.pid") { return }
            Thread.sleep(forTimeInterval: 0.01)
        }
        throw TestServerError("nginx did not start within 3 s")
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }
}
