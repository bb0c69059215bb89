import CCmark

/// Copies cmark's node tree into `MarkdownBlock` values, walking it with `cmark_iter`.
///
/// The walk keeps its own stack instead of recursing, and containers nested deeper than
/// a fixed limit are flattened into their ancestors: a file of ten thousand `>` or `*`
/// must render (less faithfully), not overflow the stack or the screen.
struct MarkdownTreeBuilder {
    /// Block quotes and lists nested deeper than this lose their own frame.
    static let maximumBlockDepth = 16
    /// Emphasis, links and images nested deeper than this lose their own style.
    static let maximumInlineDepth = 32

    /// One container being filled: the cmark node it copies and what it holds so far.
    private struct Frame {
        let node: OpaquePointer
        var blocks: [MarkdownBlock] = []
        var inlines: [MarkdownInline] = []
        var items: [[MarkdownBlock]] = []
    }

    private var frames: [Frame]
    private var blockDepth = 0
    private var inlineDepth = 0

    private init(root: OpaquePointer) {
        frames = [Frame(node: root)]
    }

    static func blocks(of root: OpaquePointer) -> [MarkdownBlock] {
        var builder = MarkdownTreeBuilder(root: root)
        guard let iterator = cmark_iter_new(root) else { return [] }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            guard event != CMARK_EVENT_DONE, let node = cmark_iter_get_node(iterator) else { break }
            if node == root { continue }
            if event == CMARK_EVENT_ENTER {
                builder.enter(node)
            } else if event == CMARK_EVENT_EXIT {
                builder.exit(node)
            }
        }
        return builder.frames.first?.blocks ?? []
    }

    private mutating func enter(_ node: OpaquePointer) {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
            frames.append(Frame(node: node))
        case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_CUSTOM_BLOCK:
            if blockDepth < Self.maximumBlockDepth {
                blockDepth += 1
                frames.append(Frame(node: node))
            }
        case CMARK_NODE_ITEM:
            // An item keeps its frame exactly when its list kept one.
            if let top = frames.last, cmark_node_parent(node) == top.node {
                frames.append(Frame(node: node))
            }
        case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_CUSTOM_INLINE:
            if inlineDepth < Self.maximumInlineDepth {
                inlineDepth += 1
                frames.append(Frame(node: node))
            }
        case CMARK_NODE_CODE_BLOCK:
            append(.codeBlock(info: Self.string(cmark_node_get_fence_info(node)), code: Self.literal(node)))
        case CMARK_NODE_HTML_BLOCK:
            append(.htmlBlock(Self.literal(node)))
        case CMARK_NODE_THEMATIC_BREAK:
            append(.thematicBreak)
        case CMARK_NODE_TEXT:
            append(.text(Self.literal(node)))
        case CMARK_NODE_SOFTBREAK:
            append(.softBreak)
        case CMARK_NODE_LINEBREAK:
            append(.lineBreak)
        case CMARK_NODE_CODE:
            append(.code(Self.literal(node)))
        case CMARK_NODE_HTML_INLINE:
            append(.html(Self.literal(node)))
        default:
            break
        }
    }

    private mutating func exit(_ node: OpaquePointer) {
        // A container flattened on entry has no frame of its own to close.
        guard frames.count > 1, let frame = frames.last, frame.node == node else { return }
        frames.removeLast()
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            append(.paragraph(frame.inlines))
        case CMARK_NODE_HEADING:
            append(.heading(level: Int(cmark_node_get_heading_level(node)), frame.inlines))
        case CMARK_NODE_BLOCK_QUOTE:
            blockDepth -= 1
            append(.blockQuote(frame.blocks))
        case CMARK_NODE_LIST:
            blockDepth -= 1
            append(.list(MarkdownList(kind: Self.listKind(node), isTight: cmark_node_get_list_tight(node) != 0,
                                      items: frame.items)))
        case CMARK_NODE_ITEM:
            frames[frames.count - 1].items.append(frame.blocks)
        case CMARK_NODE_CUSTOM_BLOCK:
            blockDepth -= 1
            append(.custom(onEnter: Self.string(cmark_node_get_on_enter(node)),
                           onExit: Self.string(cmark_node_get_on_exit(node)), frame.blocks))
        case CMARK_NODE_EMPH:
            inlineDepth -= 1
            append(.emphasis(frame.inlines))
        case CMARK_NODE_STRONG:
            inlineDepth -= 1
            append(.strong(frame.inlines))
        case CMARK_NODE_LINK:
            inlineDepth -= 1
            append(.link(destination: Self.string(cmark_node_get_url(node)),
                         title: Self.string(cmark_node_get_title(node)), frame.inlines))
        case CMARK_NODE_IMAGE:
            inlineDepth -= 1
            append(.image(source: Self.string(cmark_node_get_url(node)),
                          title: Self.string(cmark_node_get_title(node)), frame.inlines))
        case CMARK_NODE_CUSTOM_INLINE:
            inlineDepth -= 1
            append(.custom(onEnter: Self.string(cmark_node_get_on_enter(node)),
                           onExit: Self.string(cmark_node_get_on_exit(node)), frame.inlines))
        default:
            break
        }
    }

    private mutating func append(_ block: MarkdownBlock) {
        frames[frames.count - 1].blocks.append(block)
    }

    private mutating func append(_ inline: MarkdownInline) {
        frames[frames.count - 1].inlines.append(inline)
    }

    private static func listKind(_ node: OpaquePointer) -> MarkdownList.Kind {
        guard cmark_node_get_list_type(node) == CMARK_ORDERED_LIST else { return .bullet }
        let delimiter: Character = cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? ")" : "."
        return .ordered(start: Int(cmark_node_get_list_start(node)), delimiter: delimiter)
    }

    private static func literal(_ node: OpaquePointer) -> String {
        string(cmark_node_get_literal(node))
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
