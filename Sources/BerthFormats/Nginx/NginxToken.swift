/// One token of an nginx config, as crossplane's lexer yields them, with its position.
struct NginxToken: Sendable {
    enum Kind: Sendable, Equatable {
        /// A bare word; `$var` and `${var}` stay inside it, escapes are kept as written.
        case word
        /// A quoted string (the quotes removed), or the body of a `*_by_lua_block`.
        case quoted
        case openBrace
        case closeBrace
        case semicolon
        /// `#` to the end of the line, the `#` included.
        case comment
        /// A quote opened at this position and never closed: the rest of the file is lost.
        case unterminatedQuote
        /// A `*_by_lua_block` whose body is missing or never closed; `text` says which.
        case luaError
    }

    var kind: Kind
    var text: String
    var line: Int
    var column: Int

    /// `{`, `;` or `}` outside quotes: the tokens that end a directive's arguments.
    var isTerminator: Bool {
        kind == .openBrace || kind == .semicolon || kind == .closeBrace
    }
}
