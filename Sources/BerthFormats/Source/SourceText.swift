/// The decoded text of one input file, refused when it is too large or not UTF-8.
///
/// berth reads untrusted repositories, so every parser starts from this: the size is
/// bounded before anything is decoded, and invalid UTF-8 is reported at the line and
/// column of the first bad byte instead of being silently replaced.
public struct SourceText: Sendable {
    /// Inputs above this size are refused; no real config comes near it.
    public static let maximumSize = 10 * 1024 * 1024

    /// The path as it should be shown to the user (relative to the repository when there is one).
    public let path: String
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    public init(path: String, bytes: some Collection<UInt8>) throws(ParseError) {
        let start = SourceLocation(file: path, line: 1, column: 1)
        guard bytes.count <= Self.maximumSize else {
            throw ParseError(.tooLarge, at: start,
                             "file is \(bytes.count) bytes; berth reads files up to \(Self.maximumSize / 1024 / 1024) MB")
        }
        var body = Array(bytes)
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        if let offset = Self.firstInvalidUTF8Offset(in: body) {
            let location = Self.location(ofByte: offset, in: body, file: path)
            throw ParseError(.invalidEncoding, at: location,
                             "invalid UTF-8 (byte 0x\(String(body[offset], radix: 16))); save the file as UTF-8")
        }
        if body.contains(0) {
            let offset = body.firstIndex(of: 0) ?? 0
            throw ParseError(.invalidEncoding, at: Self.location(ofByte: offset, in: body, file: path),
                             "the file contains a NUL byte: it looks binary, not a text config")
        }
        self.path = path
        self.text = String(decoding: body, as: UTF8.self)
    }

    /// The offset of the first byte that does not start or continue a valid UTF-8 sequence.
    public static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return min(offset, bytes.count - 1)
            }
        }
    }

    /// Line and column (in scalars) of a byte offset, counting only the valid prefix.
    public static func location(ofByte offset: Int, in bytes: [UInt8], file: String) -> SourceLocation {
        let prefix = bytes[..<offset]
        var line = 1
        var column = 1
        for scalar in String(decoding: prefix, as: UTF8.self).unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourceLocation(file: file, line: line, column: column)
    }
}

extension SourceText {
    /// The text's lines, split on LF and on CRLF: `"\r\n"` is one Character in Swift, so
    /// splitting on `"\n"` alone would leave Windows line ends whole.
    public var lines: [Substring] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    }
}
