import BerthTerminal

/// Inline content ready for wrapping: styled text and forced line breaks.
enum InlineToken: Sendable {
    /// Text that may wrap at its spaces.
    case text(String, SpanStyle)
    /// Text that stays on one line, such as a command to type.
    case unbreakable(String, SpanStyle)
    case lineBreak
}

/// Turns inline markdown (emphasis, code, links, images…) into styled text.
///
/// What cannot be shown with colour is written out, so a plain rendering still says it:
/// code keeps its backticks, a link's destination follows its text, and a link to
/// another note names the command that opens it.
struct InlineRenderer {
    let terminal: TerminalStyle

    func tokens(for inlines: [MarkdownInline], style: SpanStyle = .plain) -> [InlineToken] {
        var tokens: [InlineToken] = []
        append(inlines, style: style, to: &tokens)
        return tokens
    }

    private func append(_ inlines: [MarkdownInline], style: SpanStyle, to tokens: inout [InlineToken]) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                tokens.append(.text(text, style))
            case .softBreak:
                tokens.append(.text(" ", style))
            case .lineBreak:
                tokens.append(.lineBreak)
            case .code(let code):
                var codeStyle = style
                codeStyle.keepsSpaces = true
                if terminal.color {
                    codeStyle.color = RenderPalette.code
                    tokens.append(.text(code, codeStyle))
                } else {
                    tokens.append(.text(Self.backticked(code), codeStyle))
                }
            case .html(let html):
                tokens.append(.text(html, style.dimmed))
            case .emphasis(let children):
                var emphasised = style
                emphasised.italic = true
                append(children, style: emphasised, to: &tokens)
            case .strong(let children):
                var strong = style
                strong.bold = true
                append(children, style: strong, to: &tokens)
            case .link(let destination, _, let children):
                appendLink(to: destination, label: children, style: style, to: &tokens)
            case .image(_, _, let children):
                let alt = children.plainText
                tokens.append(.text(alt.isEmpty ? "[image]" : "[image: \(alt)]", style.dimmed))
            case .custom(let onEnter, let onExit, let children):
                tokens.append(.text(onEnter, style))
                append(children, style: style, to: &tokens)
                tokens.append(.text(onExit, style))
            }
        }
    }

    private func appendLink(to destination: String, label: [MarkdownInline], style: SpanStyle,
                            to tokens: inout [InlineToken]) {
        if let note = NoteLink(destination: destination) {
            // A file link cannot be followed from a terminal; the command can.
            append(label, style: style, to: &tokens)
            tokens.append(.text(" ", style.dimmed))
            tokens.append(.unbreakable("(berth notes \(note.topic))", style.dimmed))
            return
        }
        var linkStyle = style
        if terminal.color {
            linkStyle.color = RenderPalette.link
            linkStyle.underline = true
        }
        if terminal.hyperlinks, !destination.isEmpty { linkStyle.link = destination }
        let text = label.plainText
        append(label.isEmpty ? [.text(destination)] : label, style: linkStyle, to: &tokens)
        let saysDestination = text.isEmpty || text == destination || "mailto:" + text == destination
        if !terminal.hyperlinks, !destination.isEmpty, !saysDestination {
            tokens.append(.text(" (\(destination))", style.dimmed))
        }
    }

    /// `code` between as many backticks as markdown would need, so the span reads the
    /// same in plain text as in the source.
    static func backticked(_ code: String) -> String {
        var longestRun = 0
        var run = 0
        for character in code {
            run = character == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let fence = String(repeating: "`", count: longestRun + 1)
        let padding = code.hasPrefix("`") || code.hasSuffix("`") ? " " : ""
        return fence + padding + code + padding + fence
    }
}
