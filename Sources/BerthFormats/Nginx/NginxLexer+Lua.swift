/// OpenResty's `*_by_lua_block { … }`: the Lua code is one argument, not nginx syntax
/// (crossplane's `ext/lua.py`). Braces inside Lua strings and `--` comments do not count.
extension NginxLexer {
    mutating func lexLuaBlock(of directive: String) {
        if directive == "set_by_lua_block" {
            // The only Lua block directive with an argument: the variable to set.
            skipWhitespace()
            let start = index
            while index < bytes.count, whitespaceLength(at: index) == 0 { advanceOneUnit() }
            guard index < bytes.count else { return luaFailure("the Lua block of \"\(directive)\" is missing", at: start) }
            queued.append(token(.word, text: string(start, index), at: start))
        }
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else {
            return luaFailure("expected \"{\" to start the Lua block of \"\(directive)\"", at: index)
        }
        let opening = index
        var depth = 1
        var position = index + 1
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\\"):
                position += 2
            case UInt8(ascii: "-") where position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "-"):
                position = endOfLuaComment(from: position + 2)
            case UInt8(ascii: "{"):
                depth += 1
                position += 1
            case UInt8(ascii: "}"):
                depth -= 1
                if depth == 0 {
                    let body = string(opening + 1, position)
                    queued.append(token(.quoted, text: body, at: position))
                    queued.append(token(.semicolon, text: ";", at: position))
                    index = position + 1
                    directiveExpected = true
                    return
                }
                position += 1
            case let quote where quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'"):
                position += 1
                while position < bytes.count, bytes[position] != quote {
                    position += bytes[position] == UInt8(ascii: "\\") ? 2 : 1
                }
                position += 1
            default:
                position += 1
            }
        }
        luaFailure("the Lua block of \"\(directive)\" is never closed: add the \"}\" that ends it", at: opening)
    }

    /// A `--` comment runs to the end of the line; an escaped newline does not end it.
    private func endOfLuaComment(from start: Int) -> Int {
        var position = start
        while position < bytes.count, bytes[position] != UInt8(ascii: "\n") {
            position += bytes[position] == UInt8(ascii: "\\") ? 2 : 1
        }
        return position + 1
    }

    private mutating func advanceOneUnit() {
        index = min(index + (bytes[index] == UInt8(ascii: "\\") ? 2 : 1), bytes.count)
    }

    /// The rest of the file cannot be read as nginx syntax: crossplane stops here too.
    private mutating func luaFailure(_ message: String, at offset: Int) {
        queued.append(token(.luaError, text: message, at: min(offset, bytes.count)))
        index = bytes.count
    }
}
