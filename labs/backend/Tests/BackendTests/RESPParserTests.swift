import NIOCore
import XCTest
@testable import Backend

final class RESPParserTests: XCTestCase {
    private func parse(_ text: String) throws -> (RESPValue?, remaining: Int) {
        var buffer = ByteBuffer(string: text)
        let value = try RESPParser.parse(&buffer)
        return (value, buffer.readableBytes)
    }

    func testEveryReplyType() throws {
        XCTAssertEqual(try parse("+PONG\r\n").0, .simpleString("PONG"))
        XCTAssertEqual(try parse("-ERR wrong type\r\n").0, .error("ERR wrong type"))
        XCTAssertEqual(try parse(":-12\r\n").0, .integer(-12))
        XCTAssertEqual(try parse("$5\r\nhello\r\n").0, .bulkString("hello"))
        XCTAssertEqual(try parse("$0\r\n\r\n").0, .bulkString(""))
        XCTAssertEqual(try parse("$-1\r\n").0, .null)
        XCTAssertEqual(try parse("*-1\r\n").0, .null)
        XCTAssertEqual(try parse("*2\r\n:1\r\n$2\r\nok\r\n").0, .array([.integer(1), .bulkString("ok")]))
    }

    func testBulkStringsMayHoldLineBreaks() throws {
        XCTAssertEqual(try parse("$4\r\na\r\nb\r\n").0, .bulkString("a\r\nb"))
    }

    func testIncompleteRepliesWaitAndConsumeNothing() throws {
        for partial in ["+PON", "$5\r\nhel", "$5\r\nhello", "*2\r\n:1\r\n", ":12"] {
            let (value, remaining) = try parse(partial)
            XCTAssertNil(value, partial)
            XCTAssertEqual(remaining, partial.utf8.count, "\(partial) must stay in the buffer")
        }
    }

    func testOneReplyAtATimeFromPipelinedBytes() throws {
        var buffer = ByteBuffer(string: ":1\r\n:2\r\n")
        XCTAssertEqual(try RESPParser.parse(&buffer), .integer(1))
        XCTAssertEqual(try RESPParser.parse(&buffer), .integer(2))
        XCTAssertEqual(buffer.readableBytes, 0)
    }

    func testGarbageIsAProtocolViolation() {
        for garbage in ["?x\r\n", ":abc\r\n", "$-5\r\n", "$3\r\nabcXY"] {
            XCTAssertThrowsError(try parse(garbage), garbage) { error in
                XCTAssertTrue((error as? RedisError)?.isRetryable ?? false)
                XCTAssertTrue("\(error)".hasPrefix("Redis sent a malformed reply"))
            }
        }
    }

    func testCommandsAreArraysOfBulkStrings() {
        var buffer = ByteBuffer()
        RESPValue.encodeCommand(["SET", "link:ab", "https://é.example"], into: &buffer)
        XCTAssertEqual(String(buffer: buffer), "*3\r\n$3\r\nSET\r\n$7\r\nlink:ab\r\n$18\r\nhttps://é.example\r\n")
    }
}
