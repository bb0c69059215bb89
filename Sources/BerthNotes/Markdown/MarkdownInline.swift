/// An inline node of a parsed markdown document: text and the spans around it.
indirect enum MarkdownInline: Sendable, Equatable {
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    case html(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case link(destination: String, title: String, [MarkdownInline])
    /// The children are the image's alt text.
    case image(source: String, title: String, [MarkdownInline])
    /// cmark's parser never makes these, but its tree can hold them; kept so none is lost.
    case custom(onEnter: String, onExit: String, [MarkdownInline])
}

extension Array where Element == MarkdownInline {
    /// The text a reader sees, without any styling: what an image's alt text or a
    /// link's label says.
    var plainText: String {
        var parts: [String] = []
        appendPlainText(to: &parts)
        return parts.joined()
    }

    private func appendPlainText(to parts: inout [String]) {
        for inline in self {
            switch inline {
            case .text(let text), .code(let text), .html(let text):
                parts.append(text)
            case .softBreak, .lineBreak:
                parts.append(" ")
            case .emphasis(let children), .strong(let children),
                 .link(_, _, let children), .image(_, _, let children):
                children.appendPlainText(to: &parts)
            case .custom(let onEnter, let onExit, let children):
                parts.append(onEnter)
                children.appendPlainText(to: &parts)
                parts.append(onExit)
            }
        }
    }
}
