import Foundation
import XCTest
@testable import Backend

final class StdoutLogHandlerTests: XCTestCase {
    func testALineHasTimeLevelInstanceMessageAndSortedFields() {
        let line = StdoutLogHandler.format(
            date: Date(timeIntervalSince1970: 0), level: .info, instance: "web-1",
            message: "GET /api/hello 200 0.4ms", metadata: ["b": "2", "a": "1", "hb.request.id": "7"]
        )
        XCTAssertEqual(line, "1970-01-01T00:00:00Z info [web-1] GET /api/hello 200 0.4ms a=1 b=2")
    }

    func testRequestIdsShowWhenDebugging() {
        let line = StdoutLogHandler.format(
            date: Date(timeIntervalSince1970: 0), level: .debug, instance: "w", message: "m", metadata: ["hb.request.id": "7"]
        )
        XCTAssertTrue(line.hasSuffix("m hb.request.id=7"), line)
    }

    func testBufferingFollowsTheSwitchAndTheTerminal() {
        XCTAssertEqual(LogOutput(unbuffered: false, isTerminal: false).buffering, .block, "a pipe is block-buffered: the trap")
        XCTAssertEqual(LogOutput(unbuffered: true, isTerminal: false).buffering, .line)
        XCTAssertEqual(LogOutput(unbuffered: false, isTerminal: true).buffering, .line)
    }
}
