import BerthTerminal

/// How a run of inline text looks: the attributes its enclosing markdown spans add up to.
///
/// Text is styled run by run when a line is written out, never across a line break, so
/// every line opens and closes its own escape sequences and a prefix such as a quote
/// bar never inherits a colour.
struct SpanStyle: Sendable, Hashable {
    var bold = false
    var italic = false
    var underline = false
    var dim = false
    var color: TerminalStyle.Color?
    /// The destination of an OSC 8 hyperlink around the text.
    var link: String?
    /// Code keeps runs of spaces as written; prose collapses them to one.
    var keepsSpaces = false

    static let plain = SpanStyle()

    var dimmed: SpanStyle {
        var style = self
        style.dim = true
        return style
    }

    func apply(to text: String, with terminal: TerminalStyle) -> String {
        var styled = text
        if let color { styled = terminal.foreground(color, styled) }
        if italic { styled = terminal.italic(styled) }
        if underline { styled = terminal.underline(styled) }
        if dim { styled = terminal.dim(styled) }
        if bold { styled = terminal.bold(styled) }
        if let link { styled = terminal.hyperlink(link, styled) }
        return styled
    }
}
