/// A block of a parsed markdown document: one node kind of cmark's block tree.
///
/// The tree is copied out of cmark into values so rendering never touches C memory and
/// the document can be freed as soon as it is read.
enum MarkdownBlock: Sendable, Equatable {
    case paragraph([MarkdownInline])
    /// `level` is 1 to 6.
    case heading(level: Int, [MarkdownInline])
    case blockQuote([MarkdownBlock])
    case list(MarkdownList)
    /// `info` is the fence's info string (`yaml title="x"`); empty for indented code.
    /// `code` ends with a line break, as cmark keeps it.
    case codeBlock(info: String, code: String)
    case htmlBlock(String)
    case thematicBreak
    /// cmark's parser never makes these, but its tree can hold them; kept so none is lost.
    case custom(onEnter: String, onExit: String, [MarkdownBlock])
}

/// A bullet or ordered list and its items, each item a sequence of blocks.
struct MarkdownList: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case bullet
        /// `delimiter` is `.` or `)`, as written.
        case ordered(start: Int, delimiter: Character)
    }

    var kind: Kind
    /// A tight list has no blank lines between its items.
    var isTight: Bool
    var items: [[MarkdownBlock]]
}

extension MarkdownBlock {
    /// The first word of a code block's info string: the language it is written in.
    static func language(ofInfo info: String) -> String {
        info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
    }
}
