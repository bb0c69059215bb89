/// A YAML file of berth's own (`.berth.yaml`, a lab's `lab.yaml`) read into positioned
/// nodes with the same safeguards as compose files: size and depth bounds, an alias
/// budget, and syntax errors with their line and column. No `${VAR}` interpolation.
public struct YAMLDocument: Sendable {
    /// The document's root; nil when the text is empty or could not be read.
    public var root: ComposeNode?
    public var errors: [ParseError]

    public static func parse(_ source: SourceText) -> YAMLDocument {
        var builder = ComposeNodeBuilder(file: source.path, interpolator: nil)
        let root = builder.build(source.text)
        return YAMLDocument(root: root, errors: builder.errors)
    }

    /// Reads `path` through `reader` (never outside its root) and parses it.
    public static func load(path: String, reader: SourceReader) -> YAMLDocument {
        do {
            return parse(try reader.read(path))
        } catch {
            return YAMLDocument(root: nil, errors: [error])
        }
    }
}
