import BerthTerminal

/// Lays out a fenced or indented code block: never wrapped, indented by two columns,
/// its language named above it, and lightly highlighted when colour is on.
///
/// Without colour the code is exactly as written (less trailing spaces), so it can be
/// copied from the terminal.
struct CodeBlockRenderer {
    let terminal: TerminalStyle

    static let indent = "  "

    func render(_ code: String, language: String) -> [String] {
        var lines: [String] = []
        if !language.isEmpty { lines.append(Self.indent + terminal.dim(language)) }
        var highlighter = terminal.color ? CodeHighlighter(language: language) : nil
        for line in code.terminalLines {
            // Every line goes through the highlighter, blank ones too, so what a line
            // leaves open (a comment, a continuation) is tracked correctly.
            let tokens = highlighter?.tokens(in: line)
            guard !line.isEmpty else {
                lines.append("")
                continue
            }
            guard let tokens else {
                lines.append(Self.indent + line)
                continue
            }
            lines.append(Self.indent + tokens.map(styled).joined())
        }
        return lines
    }

    private func styled(_ token: CodeToken) -> String {
        let text = String(token.text)
        switch token.kind {
        case .plain: return text
        case .comment, .prompt: return terminal.dim(text)
        case .keyword: return terminal.foreground(RenderPalette.keyword, text)
        case .command: return terminal.bold(text)
        case .string: return terminal.foreground(RenderPalette.string, text)
        case .number: return terminal.foreground(RenderPalette.number, text)
        case .variable: return terminal.foreground(RenderPalette.variable, text)
        case .key: return terminal.foreground(RenderPalette.key, text)
        }
    }
}
