extension NginxContext {
    /// The block nginx most likely reads `source` in, judged from its top-level directives:
    /// a file whose top level holds `server` or `upstream` is a conf.d snippet included
    /// inside `http { }`; one holding `location` is included inside `server { }`; anything
    /// else (an nginx.conf with `events` and `http`) is a main config.
    ///
    /// Lint needs this because the official image includes `conf.d/*.conf` from `http`, and
    /// parsing such a snippet in the main context would drop every directive it holds.
    public static func guess(for source: SourceText) -> NginxContext {
        var lexer = NginxLexer(text: source.text)
        var depth = 0
        var atStatementStart = true
        var names: Set<String> = []
        while let token = lexer.next() {
            switch token.kind {
            case .openBrace:
                depth += 1
                atStatementStart = true
            case .closeBrace:
                depth = max(0, depth - 1)
                atStatementStart = true
            case .semicolon:
                atStatementStart = true
            case .comment:
                continue
            case .word, .quoted, .unterminatedQuote, .luaError:
                if atStatementStart && depth == 0 { names.insert(token.text) }
                atStatementStart = false
            }
        }
        if names.contains("http") || names.contains("events") { return .main }
        if !names.isDisjoint(with: ["server", "upstream", "map", "limit_req_zone", "limit_conn_zone", "geo",
                                    "proxy_cache_path", "log_format", "split_clients"]) {
            return .http
        }
        if names.contains("location") { return .server }
        return .main
    }
}
