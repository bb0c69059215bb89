import Yams

/// Reads YAML text into `ComposeNode`s: syntax errors become `ParseError`s with their
/// position, aliases are expanded under a budget, `<<` merge keys are applied, and
/// string scalars are interpolated.
struct ComposeNodeBuilder {
    /// Nodes that aliases may add to the document; real files add a few hundred at most,
    /// a billion-laughs document billions.
    static let aliasBudget = 100_000

    /// An anchored node, converted once where it is defined and reused wherever an alias
    /// names it, with what reusing it costs.
    private struct Expansion {
        var node: ComposeNode
        /// Nodes in the converted subtree, counting what its own aliases added.
        var size: Int
        /// Levels below its root.
        var height: Int
    }

    private let file: String
    /// nil for YAML that is not compose (berth's own files): `$` then means nothing.
    private let interpolator: ComposeInterpolator?
    private(set) var errors: [ParseError] = []
    private var expansions: [ObjectIdentifier: Expansion] = [:]
    /// Nodes created so far, aliased ones included, and those added through aliases alone.
    private var nodeCount = 0
    private var aliasNodes = 0
    /// The deepest level reached in the subtree being converted.
    private var deepest = 0
    private var stopped = false

    init(file: String, interpolator: ComposeInterpolator?) {
        self.file = file
        self.interpolator = interpolator
    }

    /// The document's root, or nil when the text is empty or not YAML (see `errors`).
    mutating func build(_ text: String) -> ComposeNode? {
        if let refusal = ComposeTextGuard(text, file: file).check() {
            errors.append(refusal)
            return nil
        }
        do {
            // The parser owns the anchors the nodes point to weakly: keep it alive while walking.
            let parser = try Parser(yaml: text)
            guard let root = try parser.singleRoot() else { return nil }
            let converted = withExtendedLifetime(parser) { convert(root, depth: 0, useSite: nil) }
            // A refused document is not modelled at all: half a tree would only add misleading errors.
            return stopped ? nil : converted
        } catch let error as YamlError {
            errors.append(ComposeYAMLError.parseError(error, file: file, text: text))
        } catch {
            errors.append(ParseError(.syntax, at: location(line: 1, column: 1), "\(error)"))
        }
        return nil
    }

    /// Converts `node`, used at `useSite` (where an alias error is reported). An anchored
    /// node seen before is an alias: its first conversion is reused and its size charged
    /// to the budget, so a billion-laughs document stops after a few dozen aliases.
    private mutating func convert(_ node: Node, depth: Int, useSite: SourceLocation?) -> ComposeNode? {
        guard !stopped else { return nil }
        let here = location(node.mark)
        if let anchor = node.anchor, let expansion = expansions[ObjectIdentifier(anchor)] {
            return reuse(expansion, depth: depth, at: useSite ?? here)
        }
        guard depth <= ComposeTextGuard.maximumDepth else {
            return refuse(.tooDeep, at: here, "nesting goes deeper than \(ComposeTextGuard.maximumDepth) levels; a compose file needs a handful")
        }
        let countBefore = nodeCount
        let deepestBefore = deepest
        deepest = depth
        nodeCount += 1
        let converted: ComposeNode
        switch node {
        case .scalar(let scalar):
            converted = ComposeNode(.scalar(makeScalar(scalar, at: here, isKey: false)), at: here)
        case .sequence(let sequence):
            var items: [ComposeNode] = []
            for item in sequence {
                if let item = convert(item, depth: depth + 1, useSite: here) { items.append(item) }
            }
            converted = ComposeNode(.sequence(items), at: here)
        case .mapping(let mapping):
            converted = ComposeNode(.mapping(convertEntries(mapping, depth: depth)), at: here)
        case .alias:
            // Yams resolves aliases while composing; an unresolved one is simply absent.
            return nil
        }
        if let anchor = node.anchor {
            expansions[ObjectIdentifier(anchor)] = Expansion(node: converted, size: nodeCount - countBefore,
                                                             height: deepest - depth)
        }
        deepest = max(deepestBefore, deepest)
        return stopped ? nil : converted
    }

    private mutating func reuse(_ expansion: Expansion, depth: Int, at site: SourceLocation) -> ComposeNode? {
        aliasNodes += expansion.size
        nodeCount += expansion.size
        if aliasNodes > ComposeNodeBuilder.aliasBudget {
            return refuse(.aliasLimit, at: site,
                          "the aliases used here expand to more than \(ComposeNodeBuilder.aliasBudget) nodes; berth refuses YAML alias bombs, so write the values out or use fewer nested aliases")
        }
        if depth + expansion.height > ComposeTextGuard.maximumDepth {
            return refuse(.tooDeep, at: site,
                          "the alias used here nests deeper than \(ComposeTextGuard.maximumDepth) levels; a compose file needs a handful")
        }
        deepest = max(deepest, depth + expansion.height)
        return expansion.node
    }

    /// Records why the document is refused and stops converting it.
    private mutating func refuse(_ kind: ParseError.Kind, at location: SourceLocation, _ message: String) -> ComposeNode? {
        errors.append(ParseError(kind, at: location, message))
        stopped = true
        return nil
    }

    /// A mapping's entries, explicit keys first, then `<<` merges for keys not already set.
    private mutating func convertEntries(_ mapping: Node.Mapping, depth: Int) -> [ComposeEntry] {
        var entries: [ComposeEntry] = []
        var merged: [ComposeEntry] = []
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let keyScalar) = keyNode else {
                errors.append(ParseError(.invalidValue, at: location(keyNode.mark),
                                         "a mapping key must be a plain name, not a list or mapping"))
                continue
            }
            let isMerge = keyScalar.string == "<<" && keyScalar.style == .plain
            let keyLocation = location(keyNode.mark)
            guard let value = convert(valueNode, depth: depth + 1, useSite: keyLocation) else {
                continue
            }
            if isMerge {
                merged += mergeSources(value)
                continue
            }
            let key = makeScalar(keyScalar, at: keyLocation, isKey: true)
            entries.append(ComposeEntry(key: key, value: value))
        }
        var names = Set(entries.map(\.name))
        for entry in merged where names.insert(entry.name).inserted {
            entries.append(entry)
        }
        return entries
    }

    /// The entries a `<<` value contributes: one mapping, or a list of them (earlier ones win).
    private mutating func mergeSources(_ value: ComposeNode) -> [ComposeEntry] {
        if let entries = value.entries { return entries }
        if let items = value.items, items.allSatisfy({ $0.entries != nil }) {
            return items.flatMap { $0.entries ?? [] }
        }
        errors.append(ParseError(.invalidValue, at: value.location,
                                 "`<<` merges a mapping (an alias like *base) or a list of them, not \(value.kindName)"))
        return []
    }

    private mutating func makeScalar(_ scalar: Node.Scalar, at here: SourceLocation, isKey: Bool) -> ComposeScalar {
        let written = scalar.string
        let tagName = scalar.tag.description
        let explicitTag: String? = (tagName.isEmpty || scalar.style != .plain && tagName == ComposeNodeBuilder.stringTag)
            ? nil : tagName
        let style = ComposeNodeBuilder.style(of: scalar.style)
        let value = ComposeScalarResolver.resolve(written, style: style, tag: explicitTag)
        guard case .string = value, !isKey, written.contains("$"), let interpolator else {
            return ComposeScalar(text: written, written: written, style: style, tag: explicitTag,
                                 location: here, value: value, isInterpolated: false)
        }
        let result = interpolator.substitute(written)
        errors += ComposeInterpolator.parseErrors(result.problems, in: written, style: style, at: here)
        return ComposeScalar(text: result.text, written: written, style: style, tag: explicitTag,
                             location: here, value: .string(result.text), isInterpolated: result.referencesVariables)
    }

    static let stringTag = "tag:yaml.org,2002:str"

    static func style(of style: Node.Scalar.Style) -> ComposeScalar.Style {
        switch style {
        case .singleQuoted: .singleQuoted
        case .doubleQuoted: .doubleQuoted
        case .literal: .literal
        case .folded: .folded
        case .any, .plain: .plain
        }
    }

    private func location(_ mark: Mark?) -> SourceLocation {
        location(line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    private func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: max(1, line), column: max(1, column))
    }
}
