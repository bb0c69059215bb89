import Foundation
import XCTest

/// The built `backend` binary running as a child process, its standard output read
/// through a pipe line by line with the time each line arrived.
final class BackendProcess: @unchecked Sendable {
    let port: Int
    let process = Process()
    private let lock = NSLock()
    private var lines: [(text: String, arrived: Date)] = []
    private var stderrText = ""
    private var partialLine = ""

    /// Starts the binary with `environment` (plus PORT) and waits until it listens.
    init(environment: [String: String]) throws {
        guard let binary = PackagePaths.backendBinary else {
            throw XCTSkip("the backend binary was not found beside the tests; run swift build first")
        }
        port = try FreePort.next()
        process.executableURL = binary
        process.environment = environment.merging(["PORT": String(port)]) { given, _ in given }
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        read(stdout.fileHandleForReading) { [self] text in
            let now = Date()
            lock.withLock {
                // A read may end in the middle of a line; keep that part for the next read.
                let pieces = (partialLine + text).split(separator: "\n", omittingEmptySubsequences: false)
                partialLine = String(pieces.last ?? "")
                for line in pieces.dropLast() { lines.append((String(line), now)) }
            }
        }
        read(stderr.fileHandleForReading) { [self] text in lock.withLock { stderrText += text } }
        try FreePort.waitUntilListening(port, timeout: 20, what: "backend")
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// The standard output lines received so far.
    var output: [String] { lock.withLock { lines.map(\.text) } }

    /// When the first line containing `text` arrived, if it has.
    func arrival(of text: String) -> Date? {
        lock.withLock { lines.first { $0.text.contains(text) }?.arrived }
    }

    /// Waits up to `timeout` seconds for a line containing `text`.
    func waitForLine(containing text: String, timeout: TimeInterval) -> Date? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let arrived = arrival(of: text) { return arrived }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return arrival(of: text)
    }

    /// Sends SIGTERM, as `docker stop` does.
    func terminate() { kill(process.processIdentifier, SIGTERM) }

    /// Waits up to `timeout` seconds for the process to exit; returns its status, or nil if it still runs.
    func waitForExit(timeout: TimeInterval) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        guard !process.isRunning else { return nil }
        // Give the pipe readers a moment to take the output the process wrote while exiting.
        Thread.sleep(forTimeInterval: 0.2)
        return process.terminationStatus
    }

    private func read(_ handle: FileHandle, _ receive: @escaping @Sendable (String) -> Void) {
        Thread.detachNewThread {
            while true {
                let data = handle.availableData
                if data.isEmpty { return }
                receive(String(decoding: data, as: UTF8.self))
            }
        }
    }
}
