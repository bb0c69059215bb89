import Foundation
import XCTest

/// The built `backend` executable as Docker runs it: settings from the environment,
/// logs on a pipe, stopped with SIGTERM.
final class BinaryTests: XCTestCase {
    private func binary() throws -> URL {
        try XCTUnwrap(PackagePaths.backendBinary, "build the backend binary first: swift build")
    }

    func testAnInvalidSettingStopsStartUpWithOneLine() throws {
        let process = Process()
        process.executableURL = try binary()
        process.environment = ["PORT": "99999"]
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let errorText = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let outputText = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 2)
        XCTAssertEqual(errorText, "backend: error: PORT=\"99999\" is not a port number; set it to a number from 1 to 65535, or remove it to use the default\n")
        XCTAssertEqual(outputText, "")
    }

    func testSIGTERMDrainsInFlightRequestsAndExitsCleanly() throws {
        let backend = try BackendProcess(environment: ["APP_ENV": "development", "INSTANCE_ID": "drain"])
        let port = backend.port
        let slow = InBackground { try HTTPProbe.get("/api/slow?seconds=2", port: port) }
        // Let the slow request reach the server before the signal.
        Thread.sleep(forTimeInterval: 0.5)
        let signalled = Date()
        backend.terminate()

        let status = backend.waitForExit(timeout: 10)
        XCTAssertEqual(status, 0, "exits 0 within 10 s of SIGTERM")
        XCTAssertLessThan(Date().timeIntervalSince(signalled), 10)
        let reply = try slow.value(timeout: 15)
        XCTAssertEqual(reply.status, 200, "the in-flight request was answered, not cut off")
        XCTAssertTrue(reply.body.contains("\"slept\":2"), reply.body)
        XCTAssertTrue(backend.output.contains { $0.hasSuffix("[drain] stopped") }, backend.output.joined(separator: "\n"))
        XCTAssertThrowsError(try HTTPProbe.get("/api/hello", port: port), "no new connections after the drain")
    }

    func testUnbufferedLogsArriveAtOnce() throws {
        let backend = try BackendProcess(environment: ["LOG_UNBUFFERED": "1"])
        XCTAssertEqual(try HTTPProbe.get("/api/hello", port: backend.port).status, 200)
        XCTAssertNotNil(backend.waitForLine(containing: "GET /api/hello 200", timeout: 2), "with LOG_UNBUFFERED=1 the line is flushed at once")
        XCTAssertTrue(backend.output.first?.contains("logs line-buffered") ?? false, "\(backend.output)")
        backend.terminate()
        XCTAssertEqual(backend.waitForExit(timeout: 10), 0)
    }

    func testBufferedLogsWaitInThePipeUntilExit() throws {
        let backend = try BackendProcess(environment: [:])
        XCTAssertEqual(try HTTPProbe.get("/api/hello", port: backend.port).status, 200)
        XCTAssertNil(backend.waitForLine(containing: "GET /api/hello 200", timeout: 1.5),
                     "without the switch stdout is block-buffered into a pipe: the line is not there yet")
        XCTAssertEqual(backend.output, [], "not even the start-up line")
        backend.terminate()
        XCTAssertEqual(backend.waitForExit(timeout: 10), 0)
        XCTAssertNotNil(backend.arrival(of: "GET /api/hello 200"), "the buffer is written at exit")
        XCTAssertTrue(backend.output.first?.contains("logs block-buffered") ?? false, "\(backend.output)")
    }
}

/// Runs a blocking call on its own thread, for a request that must be in flight while
/// the test does something else.
private final class InBackground<Value: Sendable>: @unchecked Sendable {
    private var result: Result<Value, any Error>?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () throws -> Value) {
        Thread.detachNewThread { [self] in
            result = Result { try work() }
            done.signal()
        }
    }

    func value(timeout: TimeInterval) throws -> Value {
        guard done.wait(timeout: .now() + timeout) == .success, let result else {
            throw HarnessError("the request did not finish within \(timeout) s")
        }
        return try result.get()
    }
}
