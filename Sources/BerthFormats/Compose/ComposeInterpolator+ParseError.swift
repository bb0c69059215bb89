extension ComposeInterpolator {
    /// The problems of substituting `written` (a scalar of `style` at `start`) as parse
    /// errors, each at its `$` when the scalar sits on one line.
    static func parseErrors(_ problems: [Problem], in written: String, style: ComposeScalar.Style,
                            at start: SourceLocation) -> [ParseError] {
        func at(_ offset: Int) -> SourceLocation {
            guard !written.contains("\n"), style != .literal, style != .folded else { return start }
            let quoteWidth = style == .plain ? 0 : 1
            return SourceLocation(file: start.file, line: start.line, column: start.column + quoteWidth + offset)
        }
        return problems.map { problem in
            switch problem {
            case .unset(let name, let offset):
                ParseError(.interpolation, at: at(offset),
                           "variable \(name) is not set; Compose uses an empty string (set it in .env or the environment)",
                           severity: .warning)
            case .required(let name, let message, let offset):
                // The file's own message says what to do when it has one.
                ParseError(.interpolation, at: at(offset), "required variable \(name) is missing a value"
                    + (message.isEmpty ? "; set it in .env or the environment" : ": \(message)"))
            case .invalid(let offset):
                ParseError(.interpolation, at: at(offset), "invalid interpolation format in `\(written)`; write $$ for a literal $")
            }
        }
    }
}
