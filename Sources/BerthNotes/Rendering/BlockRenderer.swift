import BerthTerminal

/// Lays out markdown blocks as terminal lines of a given width.
///
/// Each block becomes a list of lines without line breaks; containers (quotes, list
/// items) render their children narrower and put their prefix in front of each line.
/// Blocks are separated by one blank line, except inside tight lists.
struct BlockRenderer {
    let terminal: TerminalStyle

    /// The narrowest text area a container leaves for its content: deep nesting in a
    /// narrow terminal overflows the line rather than putting every word on its own line.
    static let minimumContentWidth = 10

    func render(_ blocks: [MarkdownBlock], width: Int, listDepth: Int = 0, spaced: Bool = true) -> [String] {
        var lines: [String] = []
        for block in blocks {
            let blockLines = render(block, width: width, listDepth: listDepth)
            guard !blockLines.isEmpty else { continue }
            if spaced, !lines.isEmpty { lines.append("") }
            lines.append(contentsOf: blockLines)
        }
        return lines
    }

    private func render(_ block: MarkdownBlock, width: Int, listDepth: Int) -> [String] {
        switch block {
        case .paragraph(let inlines):
            return wrap(inlines, style: .plain, width: width).map { $0.rendered(with: terminal) }
        case .heading(let level, let inlines):
            return heading(level: level, inlines, width: width)
        case .blockQuote(let blocks):
            let content = render(blocks, width: Self.contentWidth(width, minus: 2), listDepth: listDepth)
            let bar = terminal.foreground(RenderPalette.quoteBar, terminal.color ? "│" : ">") + " "
            return Self.prefixed(content, first: bar, rest: bar)
        case .list(let list):
            return ListRenderer(blocks: self).render(list, width: width, depth: listDepth)
        case .codeBlock(let info, let code):
            return CodeBlockRenderer(terminal: terminal).render(code, language: MarkdownBlock.language(ofInfo: info))
        case .htmlBlock(let html):
            return html.terminalLines.map { $0.isEmpty ? "" : terminal.dim(String($0)) }
        case .thematicBreak:
            return [terminal.color ? terminal.dim(String(repeating: "─", count: width))
                                   : String(repeating: "-", count: width)]
        case .custom(let onEnter, let onExit, let blocks):
            return onEnter.terminalLines.map(String.init)
                + render(blocks, width: width, listDepth: listDepth)
                + onExit.terminalLines.map(String.init)
        }
    }

    private func heading(level: Int, _ inlines: [MarkdownInline], width: Int) -> [String] {
        var style = SpanStyle.plain
        style.bold = true
        if level == 1 {
            style.underline = true
            style.color = RenderPalette.firstHeading
        } else if level == 2 {
            style.color = RenderPalette.secondHeading
        }
        let wrapped = wrap(inlines, style: style, width: width)
        var lines = wrapped.map { $0.rendered(with: terminal) }
        // Without colour the two top levels keep a visible shape, as setext headings do.
        if !terminal.color, level <= 2, !wrapped.isEmpty {
            let titleWidth = wrapped.map { $0.reduce(0) { $0 + $1.width } }.max() ?? 0
            lines.append(String(repeating: level == 1 ? "=" : "-", count: titleWidth))
        }
        return lines
    }

    private func wrap(_ inlines: [MarkdownInline], style: SpanStyle, width: Int) -> [[StyledPiece]] {
        LineWrapper.wrap(InlineRenderer(terminal: terminal).tokens(for: inlines, style: style), width: width)
    }

    /// The width left for content after a prefix of `prefixWidth` columns.
    static func contentWidth(_ width: Int, minus prefixWidth: Int) -> Int {
        max(width - prefixWidth, minimumContentWidth)
    }

    /// `lines` with `first` before the first line and `rest` before the others; an empty
    /// line gets the prefix without its trailing spaces.
    static func prefixed(_ lines: [String], first: String, rest: String) -> [String] {
        var result: [String] = []
        result.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            let prefix = index == 0 ? first : rest
            if line.isEmpty {
                var trimmed = prefix[...]
                while trimmed.last == " " { trimmed.removeLast() }
                result.append(String(trimmed))
            } else {
                result.append(prefix + line)
            }
        }
        return result
    }
}
