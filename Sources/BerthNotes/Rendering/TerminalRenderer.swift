/// Renders a markdown note for a terminal, from libcmark's syntax tree.
///
/// Prose is wrapped to the width at word boundaries; code blocks are never wrapped;
/// headings, emphasis, code and links are styled when colour is on and keep a visible
/// shape (underlines, backticks, destinations in parentheses) when it is off.
public struct TerminalRenderer: Sendable {
    public var options: RenderOptions

    public init(options: RenderOptions) {
        self.options = options
    }

    /// The whole note as terminal text: lines without trailing spaces, blocks separated
    /// by one blank line, ending with one `\n`. A note with no content renders as "".
    public func render(markdown: String) -> String {
        let document = MarkdownDocument(parsing: markdown)
        let lines = BlockRenderer(terminal: options.style).render(document.blocks, width: options.width)
        guard !lines.isEmpty else { return "" }
        return lines.joined(separator: "\n") + "\n"
    }
}
