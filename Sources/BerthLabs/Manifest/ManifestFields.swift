import BerthFormats

/// Reads one mapping of `lab.yaml` key by key, collecting every problem with its position
/// instead of stopping at the first, so an author sees all of them at once.
public struct ManifestFields {
    /// The mapping being read.
    public let node: ComposeNode
    /// What the mapping is, as messages name it: `task "tls"`, `check "base-image"`.
    public let subject: String
    public private(set) var problems: [ParseError] = []
    private var readKeys: Set<String> = []

    public init(_ node: ComposeNode, subject: String) {
        self.node = node
        self.subject = subject
        if node.entries == nil {
            problems.append(ParseError(.invalidValue, at: node.location, "\(subject) must be a mapping of keys to values"))
        }
    }

    /// The value of `key`, marking the key as known.
    public mutating func value(_ key: String) -> ComposeNode? {
        readKeys.insert(key)
        guard let value = node[key], !value.isNull else { return nil }
        return value
    }

    /// True when the mapping has `key`.
    public func has(_ key: String) -> Bool { node[key].map { !$0.isNull } ?? false }

    /// A required text value.
    public mutating func string(_ key: String, _ what: String = "text") -> String? {
        guard has(key) else {
            readKeys.insert(key)
            problems.append(ParseError(.invalidValue, at: node.location, "\(subject) needs `\(key):` (\(what))"))
            return nil
        }
        return optionalString(key)
    }

    /// An optional text value; numbers and booleans are read as they are written.
    public mutating func optionalString(_ key: String) -> String? {
        guard let value = value(key) else { return nil }
        guard let scalar = value.scalar, let text = scalar.string else {
            invalid(value, "`\(key):` of \(subject) must be a single value, not \(value.isNull ? "empty" : "a list or mapping")")
            return nil
        }
        return text
    }

    /// A required number that is zero or more.
    public mutating func number(_ key: String) -> Double? {
        guard has(key) else {
            readKeys.insert(key)
            problems.append(ParseError(.invalidValue, at: node.location, "\(subject) needs `\(key):` (a number)"))
            return nil
        }
        return optionalNumber(key)
    }

    public mutating func optionalNumber(_ key: String) -> Double? {
        guard let value = value(key) else { return nil }
        switch value.scalar?.value {
        case .int(let number) where number >= 0: return Double(number)
        case .double(let number) where number >= 0 && number.isFinite: return number
        default:
            invalid(value, "`\(key):` of \(subject) must be a number of zero or more")
            return nil
        }
    }

    /// An optional whole number within `range`.
    public mutating func integer(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = value(key) else { return nil }
        if case .int(let number) = value.scalar?.value, range.contains(number) { return number }
        invalid(value, "`\(key):` of \(subject) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        return nil
    }

    public mutating func bool(_ key: String) -> Bool? {
        guard let value = value(key) else { return nil }
        if case .bool(let flag) = value.scalar?.value { return flag }
        invalid(value, "`\(key):` of \(subject) must be true or false")
        return nil
    }

    /// A list of text values; a single value counts as a list of one.
    public mutating func strings(_ key: String) -> [String] {
        guard let value = value(key) else { return [] }
        if let scalar = value.scalar?.string { return [scalar] }
        guard let items = value.items else {
            invalid(value, "`\(key):` of \(subject) must be a list")
            return []
        }
        return items.compactMap { item in
            guard let text = item.scalar?.string else {
                invalid(item, "each item of `\(key):` in \(subject) must be a single value")
                return nil
            }
            return text
        }
    }

    /// A mapping of names to single values (`headers: {Origin: "http://localhost:9000"}`), in order.
    public mutating func stringPairs(_ key: String) -> [(name: String, value: String)] {
        guard let value = value(key) else { return [] }
        guard let entries = value.entries else {
            invalid(value, "`\(key):` of \(subject) must be a mapping of names to values")
            return []
        }
        return entries.compactMap { entry in
            guard let text = entry.value.scalar?.string else {
                invalid(entry.value, "`\(key).\(entry.name)` of \(subject) must be a single value")
                return nil
            }
            return (entry.name, text)
        }
    }

    /// A value that must be one of `choices`.
    public mutating func choice(_ key: String, among choices: [String]) -> String? {
        guard let text = optionalString(key) else { return nil }
        guard choices.contains(text) else {
            let location = node[key]?.location ?? node.location
            problems.append(ParseError(.invalidValue, at: location,
                                       "`\(key):` of \(subject) is one of \(choices.joined(separator: ", ")), not `\(text)`"))
            return nil
        }
        return text
    }

    /// Records a problem with `node`.
    public mutating func invalid(_ node: ComposeNode, _ message: String) {
        problems.append(ParseError(.invalidValue, at: node.location, message))
    }

    /// Reports every key that was never read, with the closest known one.
    public mutating func rejectUnknownKeys() {
        let known = readKeys.sorted()
        for entry in node.entries ?? [] where !readKeys.contains(entry.name) {
            let hint = NameSuggestion.closest(to: entry.name, among: known).map { "; did you mean `\($0)`?" }
                ?? "; known keys: \(known.joined(separator: ", "))"
            problems.append(ParseError(.unknownKey, at: entry.key.location, "unknown key `\(entry.name)` in \(subject)\(hint)"))
        }
    }
}
