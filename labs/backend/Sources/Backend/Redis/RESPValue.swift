import NIOCore

/// One reply in RESP2, the Redis wire protocol.
public enum RESPValue: Sendable, Equatable {
    /// `+OK`
    case simpleString(String)
    /// `-ERR unknown command`: the server refused the command; the connection is still fine.
    case error(String)
    /// `:42`
    case integer(Int64)
    /// `$5 hello`
    case bulkString(String)
    /// `*2 …`
    case array([RESPValue])
    /// `$-1` or `*-1`: no value (for example `GET` of a missing key).
    case null
}

extension RESPValue {
    /// Writes a command as RESP: an array of bulk strings, which is how clients must send it.
    static func encodeCommand(_ arguments: [String], into buffer: inout ByteBuffer) {
        buffer.writeString("*\(arguments.count)\r\n")
        for argument in arguments {
            buffer.writeString("$\(argument.utf8.count)\r\n")
            buffer.writeString(argument)
            buffer.writeString("\r\n")
        }
    }
}
