import CCmark

/// A markdown text parsed by libcmark into a tree of values.
///
/// Parsing uses CommonMark defaults and deliberately not `CMARK_OPT_SMART`: smart
/// punctuation would turn the ASCII quotes of commands into typographic ones, which a
/// student would then paste into a shell.
struct MarkdownDocument: Sendable, Equatable {
    var blocks: [MarkdownBlock]

    init(blocks: [MarkdownBlock]) {
        self.blocks = blocks
    }

    init(parsing markdown: String) {
        var source = Self.normalized(markdown)
        guard !source.isEmpty else {
            self.init(blocks: [])
            return
        }
        let root = source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { characters in
                cmark_parse_document(characters.baseAddress, characters.count, CMARK_OPT_DEFAULT)
            }
        }
        guard let root else {
            // cmark only fails when memory runs out; showing the text as written
            // still lets the note be read.
            self.init(blocks: [.codeBlock(info: "", code: source)])
            return
        }
        defer { cmark_node_free(root) }
        // Adjacent text nodes (cmark splits text at every `[`, `*`, `!` it tried) become
        // one, so the tree is smaller to copy and wrap.
        cmark_consolidate_text_nodes(root)
        self.init(blocks: MarkdownTreeBuilder.blocks(of: root))
    }
}

extension MarkdownDocument {
    /// `text` with every line break as `\n` and control characters made visible.
    ///
    /// A note is a file anyone can write; a raw escape character in it would otherwise
    /// reach the terminal and restyle or retitle it, and would throw off wrapping.
    static func normalized(_ text: String) -> String {
        guard needsNormalizing(text) else { return text }
        var scalars = String.UnicodeScalarView()
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar.value {
            case 0x0A:
                if !afterCarriageReturn { scalars.append(scalar) }
            case 0x0D:
                scalars.append("\n")
            case 0x09:
                scalars.append(scalar)
            case 0x00..<0x20:
                // The Control Pictures block shows C0 controls as ␀ ␁ … ␛ …
                scalars.append(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
            case 0x7F:
                scalars.append("\u{2421}")
            case 0x80..<0xA0:
                scalars.append("\u{FFFD}")
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Whether `text` holds a carriage return or a control character other than tab and
    /// line feed; C1 controls (U+0080–U+009F) are encoded as 0xC2 0x80–0x9F.
    private static func needsNormalizing(_ text: String) -> Bool {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                if (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F || (previous == 0xC2 && byte < 0xA0) {
                    return true
                }
                previous = byte
            }
            return false
        }
    }
}
