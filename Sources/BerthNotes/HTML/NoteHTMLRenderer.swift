import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A note's markdown as an HTML fragment, through cmark's own HTML renderer.
///
/// Before rendering, the syntax tree is adjusted for a static site read from disk:
/// links to other notes (`tls.md`, `tls.md#frag`) point at their pages (`tls.html`,
/// `tls.html#frag`), and every heading gets an anchor so those fragments land.
/// Rendering uses CMARK_OPT_DEFAULT, which replaces raw HTML in a note with a comment,
/// so a note cannot inject markup into the page.
struct NoteHTMLRenderer {
    func render(_ markdown: String, path: String) throws(NotesError) -> String {
        guard let document = cmark_parse_document(markdown, markdown.utf8.count, CMARK_OPT_DEFAULT) else {
            throw NotesError(.exportFailed, path: path, "cmark could not parse the note (out of memory?)")
        }
        defer { cmark_node_free(document) }
        var links: [OpaquePointer] = []
        var headings: [OpaquePointer] = []
        Self.walk(document) { node in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK: links.append(node)
            case CMARK_NODE_HEADING: headings.append(node)
            default: break
            }
        }
        // The tree is changed only after the walk: cmark's iterator does not expect
        // nodes to be added under it.
        for link in links {
            guard let url = cmark_node_get_url(link).map({ String(cString: $0) }),
                  let rewritten = Self.pageLink(for: url) else { continue }
            cmark_node_set_url(link, rewritten)
        }
        var slugger = HeadingSlugger()
        for heading in headings {
            let slug = slugger.slug(for: Self.text(of: heading))
            guard let anchor = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { continue }
            cmark_node_set_on_enter(anchor, "<a id=\"\(slug.htmlEscaped)\"></a>")
            cmark_node_prepend_child(heading, anchor)
        }
        guard let html = cmark_render_html(document, CMARK_OPT_DEFAULT) else {
            throw NotesError(.exportFailed, path: path, "cmark could not render the note (out of memory?)")
        }
        defer { free(html) }
        return String(cString: html)
    }

    /// `x.md` / `./x.md#frag` / `../notes/x.md` → `x.html` / `x.html#frag`, since every
    /// page sits in one folder; nil for anything else (web links, anchors, other files).
    static func pageLink(for url: String) -> String? {
        guard let link = NoteLink(destination: url) else { return nil }
        return String.pageURL(topic: link.topic) + (link.fragment.map { "#" + $0 } ?? "")
    }

    /// Calls `visit` on every node of the tree under `root`, parents first.
    private static func walk(_ root: OpaquePointer, _ visit: (OpaquePointer) -> Void) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { visit(node) }
        }
    }

    /// The plain text of a heading: its text and code spans, line breaks as spaces.
    private static func text(of heading: OpaquePointer) -> String {
        var text = ""
        walk(heading) { node in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                text += cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default: break
            }
        }
        return text
    }
}
