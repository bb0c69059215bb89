import BerthFormats

/// A block's own statements and the blocks around it (itself last); the top level has none.
struct NginxScope: Sendable {
    var directives: [NginxDirective]
    var enclosing: [NginxDirective]

    /// The block itself, nil at the top of the file.
    var block: NginxDirective? { enclosing.last }
}
