/// One nginx statement: a name, its arguments, and a `{ }` block when it has one.
///
/// In `NginxConfig.directives` the contents of included files stand where their
/// `include` was, as nginx reads them; `NginxConfigFile.directives` keeps each file as written.
public struct NginxDirective: Hashable, Sendable {
    /// The directive's name (`listen`, `proxy_pass`); `#` for a kept comment.
    public var name: String
    public var arguments: [NginxArgument]
    /// Where the name is written.
    public var location: SourceLocation
    /// The statements inside `{ }`, or nil for a directive ended by `;`.
    public var block: [NginxDirective]?
    /// For a followed `include`: the indices into `NginxConfig.files` of the files it read.
    public var includes: [Int]?
    /// For a kept comment: the text after `#`.
    public var comment: String?

    public init(name: String, arguments: [NginxArgument] = [], location: SourceLocation,
                block: [NginxDirective]? = nil, includes: [Int]? = nil, comment: String? = nil) {
        self.name = name
        self.arguments = arguments
        self.location = location
        self.block = block
        self.includes = includes
        self.comment = comment
    }

    /// The argument values, in order.
    public var values: [String] { arguments.map(\.value) }

    /// The value of the argument at `index`, or nil when there are fewer arguments.
    public func value(at index: Int) -> String? {
        arguments.indices.contains(index) ? arguments[index].value : nil
    }

    /// Whether it opens a `{ }` block (`server`, `location`, `if`…).
    public var isBlock: Bool { block != nil }

    /// The directives named `name` directly inside this block, in order.
    public func children(named name: String) -> [NginxDirective] {
        (block ?? []).filter { $0.name == name }
    }

    /// The first directive named `name` directly inside this block.
    public func child(named name: String) -> NginxDirective? {
        block?.first { $0.name == name }
    }

    /// Every directive named `name` inside this block at any depth, with the blocks
    /// between (this directive first).
    public func directives(named name: String) -> [NginxDirectiveMatch] {
        NginxDirectiveMatch.search(block ?? [], enclosing: [self]) { $0.name == name }
    }
}
