import BerthTerminal

/// Lays out bullet and ordered lists: a marker before each item's first line, and the
/// item's other lines indented to its text.
struct ListRenderer {
    let blocks: BlockRenderer

    private var terminal: TerminalStyle { blocks.terminal }

    /// Bullets by nesting depth; plain text uses `-` at every depth, which reads as a list.
    private static let bullets = ["•", "◦", "▪"]

    func render(_ list: MarkdownList, width: Int, depth: Int) -> [String] {
        let markers = self.markers(for: list, depth: depth)
        let markerWidth = markers.first.map { displayWidth(of: $0) } ?? 0
        let indent = String(repeating: " ", count: markerWidth)
        let contentWidth = BlockRenderer.contentWidth(width, minus: markerWidth)
        var lines: [String] = []
        for (index, item) in list.items.enumerated() {
            if !list.isTight, index > 0 { lines.append("") }
            let content = blocks.render(item, width: contentWidth, listDepth: depth + 1, spaced: !list.isTight)
            lines += BlockRenderer.prefixed(content.isEmpty ? [""] : content, first: markers[index], rest: indent)
        }
        return lines
    }

    /// One marker per item, all of one width, each ending in a space.
    private func markers(for list: MarkdownList, depth: Int) -> [String] {
        switch list.kind {
        case .bullet:
            let bullet = terminal.color ? Self.bullets[depth % Self.bullets.count] : "-"
            return Array(repeating: terminal.foreground(RenderPalette.marker, bullet) + " ", count: list.items.count)
        case .ordered(let start, let delimiter):
            // Numbers are right-aligned so every item's text starts in the same column.
            let numbers = list.items.indices.map { String(start + $0) + String(delimiter) }
            let widest = numbers.map(\.count).max() ?? 0
            return numbers.map { number in
                String(repeating: " ", count: widest - number.count)
                    + terminal.foreground(RenderPalette.marker, number) + " "
            }
        }
    }
}
