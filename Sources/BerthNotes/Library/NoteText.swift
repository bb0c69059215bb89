import BerthFormats
import Foundation

/// The decoded text of one note file, refused when too large or not UTF-8.
///
/// Notes can come from an instructor's own folder (`BERTH_NOTES`), so the size is
/// bounded before decoding, and a bad byte is reported at its line and column
/// instead of being silently replaced by U+FFFD.
struct NoteText {
    /// No note comes near this; anything larger is not a note.
    static let maximumSize = 1024 * 1024

    /// The text with a leading byte order mark dropped and CRLF turned into LF,
    /// so line splitting and front matter work the same for files saved on Windows.
    let text: String

    init(bytes: [UInt8], path: String) throws(NotesError) {
        guard bytes.count <= Self.maximumSize else {
            throw Self.tooLarge(size: bytes.count, path: path)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        // Windows line ends become "\n" at the byte level, before decoding, which is cheaper
        // than replacing in the decoded string.
        let normalized = body.contains(0x0D) ? Self.droppingCarriageReturnsBeforeNewlines(body) : body
        guard let decoded = String(validating: normalized, as: UTF8.self) else {
            let offset = SourceText.firstInvalidUTF8Offset(in: body) ?? 0
            let position = SourceText.location(ofByte: offset, in: body, file: path)
            throw NotesError(.invalidEncoding, path: path, line: position.line, column: position.column,
                             "invalid UTF-8 (byte 0x\(String(body[offset], radix: 16, uppercase: true))); save the note as UTF-8")
        }
        text = decoded
    }

    private static func droppingCarriageReturnsBeforeNewlines(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() where !(byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) {
            result.append(byte)
        }
        return result
    }

    /// The error for a note over `maximumSize`, shared by the size check before reading.
    static func tooLarge(size: Int, path: String) -> NotesError {
        NotesError(.tooLarge, path: path,
                   "the note is \(size) bytes; berth reads notes up to 1 MB, so split it into smaller notes")
    }
}
