import Yams

/// Reads YAML text into `ComposeNode`s: syntax errors become `ParseError`s with their
/// position, aliases are expanded under a budget, `<<` merge keys are applied, and
/// string scalars are interpolated.
struct ComposeNodeBuilder {
    /// Nodes that may be visited through aliases; real files use a few hundred at most,
    /// a billion-laughs document needs billions, so it stops within milliseconds.
    static let aliasBudget = 100_000

    private let file: String
    private let interpolator: ComposeInterpolator
    private(set) var errors: [ParseError] = []
    private var seenAnchors: Set<ObjectIdentifier> = []
    private var aliasNodes = 0
    private var stopped = false

    init(file: String, interpolator: ComposeInterpolator) {
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
            return withExtendedLifetime(parser) { convert(root, depth: 0, throughAlias: false, isKey: false) }
        } catch let error as YamlError {
            errors.append(ParseError(.syntax, at: location(of: error), ComposeNodeBuilder.message(for: error)))
        } catch {
            errors.append(ParseError(.syntax, at: location(line: 1, column: 1), "\(error)"))
        }
        return nil
    }

    private mutating func convert(_ node: Node, depth: Int, throughAlias: Bool, isKey: Bool) -> ComposeNode? {
        guard !stopped else { return nil }
        let here = location(node.mark)
        var throughAlias = throughAlias
        if let anchor = node.anchor, !seenAnchors.insert(ObjectIdentifier(anchor)).inserted {
            throughAlias = true
        }
        if throughAlias {
            aliasNodes += 1
            if aliasNodes > ComposeNodeBuilder.aliasBudget {
                errors.append(ParseError(.aliasLimit, at: here,
                                         "aliases here expand to more than \(ComposeNodeBuilder.aliasBudget) nodes; berth refuses YAML alias bombs"))
                stopped = true
                return nil
            }
        }
        if depth > ComposeTextGuard.maximumDepth {
            errors.append(ParseError(.tooDeep, at: here,
                                     "nesting goes deeper than \(ComposeTextGuard.maximumDepth) levels through aliases"))
            stopped = true
            return nil
        }
        switch node {
        case .scalar(let scalar):
            return ComposeNode(.scalar(makeScalar(scalar, at: here, isKey: isKey)), at: here)
        case .sequence(let sequence):
            var items: [ComposeNode] = []
            for item in sequence {
                if let converted = convert(item, depth: depth + 1, throughAlias: throughAlias, isKey: false) {
                    items.append(converted)
                }
            }
            return ComposeNode(.sequence(items), at: here)
        case .mapping(let mapping):
            return ComposeNode(.mapping(convertEntries(mapping, depth: depth, throughAlias: throughAlias)), at: here)
        case .alias:
            // Yams resolves aliases while composing; an unresolved one is simply absent.
            return nil
        }
    }

    /// A mapping's entries, explicit keys first, then `<<` merges for keys not already set.
    private mutating func convertEntries(_ mapping: Node.Mapping, depth: Int, throughAlias: Bool) -> [ComposeEntry] {
        var entries: [ComposeEntry] = []
        var merged: [ComposeEntry] = []
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let keyScalar) = keyNode else {
                errors.append(ParseError(.invalidValue, at: location(keyNode.mark),
                                         "a mapping key must be a plain name, not a list or mapping"))
                continue
            }
            let isMerge = keyScalar.string == "<<" && keyScalar.style == .plain
            guard let value = convert(valueNode, depth: depth + 1, throughAlias: throughAlias, isKey: false) else {
                continue
            }
            if isMerge {
                merged += mergeSources(value)
                continue
            }
            let key = makeScalar(keyScalar, at: location(keyNode.mark), isKey: true)
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
        guard case .string = value, !isKey, written.contains("$") else {
            return ComposeScalar(text: written, written: written, style: style, tag: explicitTag,
                                 location: here, value: value, isInterpolated: false)
        }
        let result = interpolator.substitute(written)
        report(result.problems, in: written, style: style, at: here)
        return ComposeScalar(text: result.text, written: written, style: style, tag: explicitTag,
                             location: here, value: .string(result.text), isInterpolated: result.referencesVariables)
    }

    private mutating func report(_ problems: [ComposeInterpolator.Problem], in written: String,
                                 style: ComposeScalar.Style, at here: SourceLocation) {
        // Point at the `$` itself when the scalar sits on one line.
        func at(_ offset: Int) -> SourceLocation {
            guard !written.contains("\n"), style != .literal, style != .folded else { return here }
            let quoteWidth = style == .plain ? 0 : 1
            return SourceLocation(file: here.file, line: here.line, column: here.column + quoteWidth + offset)
        }
        for problem in problems {
            let error: ParseError
            switch problem {
            case .unset(let name, let offset):
                error = ParseError(.interpolation, at: at(offset),
                                   "variable \(name) is not set; Compose uses an empty string (set it in .env or the environment)",
                                   severity: .warning)
            case .required(let name, let message, let offset):
                let reason = message.isEmpty ? "" : ": \(message)"
                error = ParseError(.interpolation, at: at(offset),
                                   "required variable \(name) is missing a value\(reason); set it in .env or the environment")
            case .invalid(let offset):
                error = ParseError(.interpolation, at: at(offset),
                                   "invalid interpolation format in `\(written)`; write $$ for a literal $")
            }
            // Aliased text is converted once per use: report each problem once.
            if !errors.contains(error) { errors.append(error) }
        }
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

    private func location(of error: YamlError) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return location(mark)
        case .duplicatedKeysInMapping(_, let context):
            return location(context.mark)
        case .reader(_, let offset, _, let yaml):
            let prefix = yaml.prefix(offset ?? 0)
            let line = prefix.filter { $0 == "\n" }.count + 1
            let column = (prefix.split(separator: "\n", omittingEmptySubsequences: false).last?.unicodeScalars.count ?? 0) + 1
            return location(line: line, column: column)
        default:
            return location(line: 1, column: 1)
        }
    }

    static func message(for error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
             .composer(let context, let problem, _, _):
            let while_ = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            return "YAML: \(problem)\(while_); check the indentation and quoting here"
        case .duplicatedKeysInMapping(let duplicates, _):
            return "YAML: the key \(duplicates.map { "`\($0)`" }.joined(separator: ", ")) appears twice in one mapping; keep one"
        case .reader(let problem, _, _, _):
            return "YAML: \(problem)"
        default:
            return "YAML: \(error)"
        }
    }
}
