/// ANSI styling that can be switched off as a whole.
///
/// The caller decides once (from `--color`, `NO_COLOR` and whether stdout is a terminal)
/// and passes the style down; with `color` off every method returns its text unchanged,
/// so the same rendering code produces plain text.
public struct TerminalStyle: Sendable, Hashable {
    public var color: Bool
    /// OSC 8 hyperlinks; terminals that do not know them show only the text.
    public var hyperlinks: Bool

    public init(color: Bool, hyperlinks: Bool? = nil) {
        self.color = color
        self.hyperlinks = hyperlinks ?? color
    }

    public static let plain = TerminalStyle(color: false, hyperlinks: false)

    public enum Color: Int, Sendable, Hashable {
        case black = 30, red, green, yellow, blue, magenta, cyan, white
        case brightBlack = 90, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan
    }

    public func bold(_ text: String) -> String { sgr(text, "1", "22") }
    public func dim(_ text: String) -> String { sgr(text, "2", "22") }
    public func italic(_ text: String) -> String { sgr(text, "3", "23") }
    public func underline(_ text: String) -> String { sgr(text, "4", "24") }
    public func foreground(_ color: Color, _ text: String) -> String { sgr(text, String(color.rawValue), "39") }

    /// `text` as an OSC 8 hyperlink to `url` when hyperlinks are on; otherwise just `text`.
    public func hyperlink(_ url: String, _ text: String) -> String {
        guard hyperlinks else { return text }
        return "\u{1B}]8;;\(url)\u{1B}\\\(text)\u{1B}]8;;\u{1B}\\"
    }

    private func sgr(_ text: String, _ on: String, _ off: String) -> String {
        guard color, !text.isEmpty else { return text }
        return "\u{1B}[\(on)m\(text)\u{1B}[\(off)m"
    }
}
