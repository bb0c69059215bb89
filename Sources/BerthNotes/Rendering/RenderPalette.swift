import BerthTerminal

/// The colours the renderer uses, in one place so prose and code stay consistent.
enum RenderPalette {
    static let firstHeading = TerminalStyle.Color.magenta
    static let secondHeading = TerminalStyle.Color.cyan
    static let code = TerminalStyle.Color.yellow
    static let link = TerminalStyle.Color.blue
    static let marker = TerminalStyle.Color.cyan
    static let quoteBar = TerminalStyle.Color.green

    static let keyword = TerminalStyle.Color.magenta
    static let string = TerminalStyle.Color.green
    static let number = TerminalStyle.Color.yellow
    static let variable = TerminalStyle.Color.cyan
    static let key = TerminalStyle.Color.blue
}
