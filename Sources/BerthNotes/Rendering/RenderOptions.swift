import BerthTerminal

/// How `TerminalRenderer` lays out a note.
public struct RenderOptions: Sendable, Hashable {
    /// Narrower than this, wrapped prose stops being readable.
    public static let minimumWidth = 20

    /// The wrap width in columns (the terminal's width, or `--width N`); at least 20.
    public var width: Int {
        didSet { width = max(width, Self.minimumWidth) }
    }
    /// Colour and OSC 8 hyperlinks, each on or off.
    public var style: TerminalStyle

    public init(width: Int, style: TerminalStyle) {
        self.width = max(width, Self.minimumWidth)
        self.style = style
    }
}
