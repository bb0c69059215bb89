import NIOCore

/// Reads RESP2 replies from bytes that may arrive in pieces.
enum RESPParser {
    /// Nesting deeper than this is not something our commands ever get back.
    static let maximumDepth = 8
    /// Bulk strings larger than Redis's own 512 MB limit are a corrupt stream.
    static let maximumBulkLength = 512 * 1024 * 1024

    /// Parses one reply from the front of `buffer` and consumes its bytes, or returns nil
    /// and consumes nothing when the reply is not complete yet.
    static func parse(_ buffer: inout ByteBuffer) throws(RedisError) -> RESPValue? {
        var copy = buffer
        guard let value = try parseValue(&copy, depth: 0) else { return nil }
        buffer = copy
        return value
    }

    private static func parseValue(_ buffer: inout ByteBuffer, depth: Int) throws(RedisError) -> RESPValue? {
        guard depth <= maximumDepth else { throw .protocolViolation("replies nested more than \(maximumDepth) deep") }
        guard let type = buffer.readInteger(as: UInt8.self) else { return nil }
        guard let line = readLine(&buffer) else { return nil }
        switch type {
        case UInt8(ascii: "+"):
            return .simpleString(line)
        case UInt8(ascii: "-"):
            return .error(line)
        case UInt8(ascii: ":"):
            guard let number = Int64(line) else { throw .protocolViolation("integer reply \"\(line)\"") }
            return .integer(number)
        case UInt8(ascii: "$"):
            guard let length = Int(line), length >= -1, length <= maximumBulkLength else {
                throw .protocolViolation("bulk string length \"\(line)\"")
            }
            if length == -1 { return .null }
            guard buffer.readableBytes >= length + 2, let text = buffer.readString(length: length) else { return nil }
            guard buffer.readString(length: 2) == "\r\n" else { throw .protocolViolation("bulk string not ended by CRLF") }
            return .bulkString(text)
        case UInt8(ascii: "*"):
            guard let count = Int(line), count >= -1 else { throw .protocolViolation("array length \"\(line)\"") }
            if count == -1 { return .null }
            var elements: [RESPValue] = []
            for _ in 0..<count {
                guard let element = try parseValue(&buffer, depth: depth + 1) else { return nil }
                elements.append(element)
            }
            return .array(elements)
        default:
            throw .protocolViolation("unknown reply type byte \(type)")
        }
    }

    /// A line up to CRLF, without it; nil until the CRLF has arrived.
    private static func readLine(_ buffer: inout ByteBuffer) -> String? {
        let view = buffer.readableBytesView
        guard let cr = view.firstIndex(of: UInt8(ascii: "\r")),
              view.index(after: cr) < view.endIndex,
              view[view.index(after: cr)] == UInt8(ascii: "\n") else { return nil }
        let length = cr - view.startIndex
        let line = buffer.readString(length: length)
        buffer.moveReaderIndex(forwardBy: 2)
        return line
    }
}
