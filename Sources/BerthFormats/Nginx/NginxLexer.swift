/// Splits nginx config text into tokens, rule for rule as crossplane's `lexer.py` does,
/// and adds the column of every token.
///
/// Works on UTF-8 bytes: nginx's syntax is ASCII, so multi-byte sequences only matter
/// for whitespace (Python's `isspace`, which crossplane uses, counts a few non-ASCII
/// spaces) and for columns, which count scalars. Tokens come one at a time, so a huge
/// or deeply nested file is only read as far as the parser goes.
struct NginxLexer {
    let bytes: [UInt8]
    var index = 0
    /// False after a word or quoted string that was not a directive name (crossplane's
    /// `next_token_is_directive`): only a directive name can start a Lua block.
    var directiveExpected = true
    /// Tokens already read ahead (a Lua block yields several at once).
    var queued: [NginxToken] = []
    /// A `*_by_lua_block` name was just read: its body comes next.
    var pendingLuaDirective: String?
    private var cursor = PositionCursor()

    static let luaBlockDirectives: Set<String> = [
        "access_by_lua_block", "balancer_by_lua_block", "body_filter_by_lua_block", "content_by_lua_block",
        "header_filter_by_lua_block", "init_by_lua_block", "init_worker_by_lua_block", "log_by_lua_block",
        "rewrite_by_lua_block", "set_by_lua_block", "ssl_certificate_by_lua_block",
        "ssl_session_fetch_by_lua_block", "ssl_session_store_by_lua_block",
    ]

    init(text: String) {
        bytes = NginxLexer.normalizingLineEnds(Array(text.utf8))
    }

    /// The next token, or nil at the end of the text.
    mutating func next() -> NginxToken? {
        if !queued.isEmpty { return queued.removeFirst() }
        if let directive = pendingLuaDirective {
            pendingLuaDirective = nil
            lexLuaBlock(of: directive)
            if !queued.isEmpty { return queued.removeFirst() }
        }
        skipWhitespace()
        guard index < bytes.count else { return nil }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "#"):
            return lexComment()
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            let token = lexQuoted()
            if token.kind == .quoted { noteWordEnded(token.text) }
            return token
        case UInt8(ascii: "{"):
            return special(.openBrace, at: start)
        case UInt8(ascii: "}"):
            return special(.closeBrace, at: start)
        case UInt8(ascii: ";"):
            return special(.semicolon, at: start)
        default:
            return lexWord()
        }
    }

    /// `{`, `}` and `;` are tokens of their own and always precede a directive name.
    private mutating func special(_ kind: NginxToken.Kind, at start: Int) -> NginxToken {
        index += 1
        directiveExpected = true
        return token(kind, text: kind == .openBrace ? "{" : kind == .closeBrace ? "}" : ";", at: start)
    }

    /// `#` up to (not including) the end of the line. crossplane drops a comment that
    /// runs into the end of the file, and so do we, so the last token's line agrees.
    private mutating func lexComment() -> NginxToken? {
        let start = index
        var end = index
        while end < bytes.count {
            if bytes[end] == UInt8(ascii: "\\") {
                guard end + 1 < bytes.count else { break }
                if bytes[end + 1] == UInt8(ascii: "\n") {
                    index = end + 2
                    return token(.comment, text: string(start, end), at: start)
                }
                end += 2
            } else if bytes[end] == UInt8(ascii: "\n") {
                index = end + 1
                return token(.comment, text: string(start, end), at: start)
            } else {
                end += 1
            }
        }
        index = bytes.count
        return nil
    }

    /// A quoted string: only an escaped quote of the same kind loses its backslash.
    private mutating func lexQuoted() -> NginxToken {
        let start = index
        let quote = bytes[index]
        var value: [UInt8] = []
        var position = index + 1
        while position < bytes.count {
            let byte = bytes[position]
            if byte == quote {
                index = position + 1
                return token(.quoted, text: String(decoding: value, as: UTF8.self), at: start)
            }
            if byte == UInt8(ascii: "\\"), position + 1 < bytes.count {
                if bytes[position + 1] != quote { value.append(byte) }
                value.append(bytes[position + 1])
                position += 2
            } else {
                value.append(byte)
                position += 1
            }
        }
        index = bytes.count
        return token(.unterminatedQuote, text: String(UnicodeScalar(quote)), at: start)
    }

    /// A bare word up to whitespace, `{`, `}` or `;`. Quotes and `#` inside a word are
    /// ordinary characters, and `${…}` is kept whole even around braces.
    private mutating func lexWord() -> NginxToken {
        let start = index
        var expansion = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") {
                index = min(index + 2, bytes.count)
                continue
            }
            if whitespaceLength(at: index) > 0 { break }
            if byte == UInt8(ascii: "{"), index > start, bytes[index - 1] == UInt8(ascii: "$") {
                expansion = true
                skipParameterExpansion()
                continue
            }
            if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: ";") { break }
            index += 1
        }
        let word = token(.word, text: string(start, index), at: start)
        let endedByWhitespace = index < bytes.count && whitespaceLength(at: index) > 0
        if expansion {
            directiveExpected = false
        } else if endedByWhitespace {
            noteWordEnded(word.text)
            if pendingLuaDirective != nil { index += whitespaceLength(at: index) }
        }
        return word
    }

    /// `${name}`: everything up to the closing brace or to whitespace. Like crossplane,
    /// the character after it is then taken into the word whatever it is (a space
    /// included) unless it is `{`, `}` or `;`.
    private mutating func skipParameterExpansion() {
        let opening = index
        while index < bytes.count {
            if index > opening, bytes[index - 1] == UInt8(ascii: "}") { break }
            if whitespaceLength(at: index) > 0 { break }
            index = min(index + (bytes[index] == UInt8(ascii: "\\") ? 2 : 1), bytes.count)
        }
        guard index < bytes.count else { return }
        switch bytes[index] {
        case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ";"): return
        case UInt8(ascii: "\\"): index = min(index + 2, bytes.count)
        default: index += max(whitespaceLength(at: index), 1)
        }
    }

    /// After a word or string ends, it was a directive name only if one was expected.
    private mutating func noteWordEnded(_ text: String) {
        if directiveExpected, NginxLexer.luaBlockDirectives.contains(text) {
            pendingLuaDirective = text
        } else {
            directiveExpected = false
        }
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            let length = whitespaceLength(at: index)
            if length == 0 { return }
            index += length
        }
    }

    /// The length of the whitespace character at `position`, or 0: Python's `str.isspace`.
    func whitespaceLength(at position: Int) -> Int {
        NginxLexer.whitespaceLength(in: bytes, at: position)
    }

    static func whitespaceLength(in bytes: [UInt8], at position: Int) -> Int {
        let byte = bytes[position]
        if byte < 0x80 {
            return byte == 0x20 || (0x09...0x0D).contains(byte) || (0x1C...0x1F).contains(byte) ? 1 : 0
        }
        func at(_ offset: Int) -> UInt8 { position + offset < bytes.count ? bytes[position + offset] : 0 }
        switch (byte, at(1), at(2)) {
        case (0xC2, 0x85, _), (0xC2, 0xA0, _): return 2
        case (0xE1, 0x9A, 0x80), (0xE2, 0x81, 0x9F), (0xE3, 0x80, 0x80): return 3
        case (0xE2, 0x80, let third) where (0x80...0x8A).contains(third) || [0xA8, 0xA9, 0xAF].contains(third):
            return 3
        default: return 0
        }
    }

    func string(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    mutating func token(_ kind: NginxToken.Kind, text: String, at offset: Int) -> NginxToken {
        let (line, column) = cursor.position(at: offset, in: bytes)
        return NginxToken(kind: kind, text: text, line: line, column: column)
    }

    /// crossplane reads files with universal newlines: `\r\n` and a lone `\r` both end a line.
    static func normalizingLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "\r")) else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var previousWasReturn = false
        for byte in bytes {
            if byte == UInt8(ascii: "\n"), previousWasReturn {
                previousWasReturn = false
                continue
            }
            previousWasReturn = byte == UInt8(ascii: "\r")
            result.append(previousWasReturn ? UInt8(ascii: "\n") : byte)
        }
        return result
    }
}

/// Turns byte offsets into line and column, moving forward only, so a file costs one pass
/// however many tokens it has (a huge single line stays linear).
struct PositionCursor: Sendable {
    private var offset = 0
    private var line = 1
    private var column = 1

    mutating func position(at target: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        while offset < target {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            offset += 1
        }
        return (line, column)
    }
}
