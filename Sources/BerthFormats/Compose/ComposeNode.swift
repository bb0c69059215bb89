/// One node of a compose file's YAML, with where it was written.
///
/// Yams' tree is converted to this one once: aliases and merge keys are resolved,
/// variables interpolated, and every node keeps its `SourceLocation`, so the model
/// and the lint rules never handle Yams types (which are neither `Sendable` nor safe
/// to walk on untrusted input).
public struct ComposeNode: Sendable {
    public indirect enum Content: Sendable {
        case scalar(ComposeScalar)
        case sequence([ComposeNode])
        case mapping([ComposeEntry])
    }

    public var content: Content
    public var location: SourceLocation

    public init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
    }

    /// The scalar, when this node is one.
    public var scalar: ComposeScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The items, when this node is a sequence.
    public var items: [ComposeNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The entries in written order, when this node is a mapping.
    public var entries: [ComposeEntry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// The entry for `key`, when this node is a mapping that has it.
    public func entry(_ key: String) -> ComposeEntry? {
        entries?.first { $0.name == key }
    }

    /// The value for `key`, when this node is a mapping that has it.
    public subscript(key: String) -> ComposeNode? { entry(key)?.value }

    /// True for a scalar that YAML reads as null (`~`, `null` or nothing at all).
    public var isNull: Bool { scalar?.value == .null }

    /// What kind of node this is, as error messages name it.
    var kindName: String {
        switch content {
        case .scalar(let scalar): scalar.value == .null ? "empty" : "a single value"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}

/// A `key: value` pair of a mapping; keys are always scalars in compose files.
public struct ComposeEntry: Sendable {
    public var key: ComposeScalar
    public var value: ComposeNode

    /// The key's text.
    public var name: String { key.text }

    public init(key: ComposeScalar, value: ComposeNode) {
        self.key = key
        self.value = value
    }
}

/// A YAML scalar: the text as written, the text after interpolation, and how YAML types it.
public struct ComposeScalar: Sendable, Hashable {
    /// How the scalar was quoted in the file; `22:22` and `"22:22"` differ for old parsers.
    public enum Style: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// The scalar's type under YAML 1.2's core schema, the one Compose v2 uses.
    public enum Value: Sendable, Hashable {
        case null
        case bool(Bool)
        case int(Int)
        case double(Double)
        case string(String)
    }

    /// The value after `${VAR}` interpolation (the same as `written` when there was none).
    public var text: String
    /// The value exactly as written in the file.
    public var written: String
    public var style: Style
    /// An explicit tag such as `!!str` or `!reset`, or nil.
    public var tag: String?
    public var location: SourceLocation
    /// The typed value; only string scalars are interpolated, as in Compose.
    public var value: Value
    /// True when the written text refers to variables (`$VAR`, `${VAR…}`), not counting `$$`.
    public var isInterpolated: Bool

    public init(text: String, written: String, style: Style, tag: String?,
                location: SourceLocation, value: Value, isInterpolated: Bool) {
        self.text = text
        self.written = written
        self.style = style
        self.tag = tag
        self.location = location
        self.value = value
        self.isInterpolated = isInterpolated
    }

    /// True when YAML reads the scalar as text, not as a number, boolean or null.
    public var isText: Bool {
        if case .string = value { return true }
        return false
    }

    /// The value as a string the way Compose converts it (`80` → "80", `true` → "true"); nil for null.
    public var string: String? {
        switch value {
        case .null: nil
        case .bool(let flag): flag ? "true" : "false"
        case .int(let number): String(number)
        case .double(let number): ComposeScalar.goString(number)
        case .string(let text): text
        }
    }

    /// Formats a double as Go's `%v` does, so values match `docker compose config`.
    static func goString(_ number: Double) -> String {
        guard number.isFinite else { return number.isNaN ? "NaN" : (number < 0 ? "-Inf" : "+Inf") }
        if number == 0 { return number.sign == .minus ? "-0" : "0" }
        // Shortest round-trip digits and decimal exponent, from Swift's own shortest form.
        let parts = "\(abs(number))".lowercased().split(separator: "e")
        let mantissa = String(parts[0])
        let exponentShift = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(pieces[0])
        let fraction = pieces.count > 1 ? String(pieces[1]) : ""
        var digits = Array((whole + fraction).drop { $0 == "0" })
        while digits.last == "0" { digits.removeLast() }
        let leadingZeros = (whole + fraction).prefix { $0 == "0" }.count
        let exponent = whole.count - leadingZeros - 1 + exponentShift
        let sign = number < 0 ? "-" : ""
        if exponent < -4 || exponent >= 6 {
            let head = String(digits.first ?? "0")
            let tail = digits.count > 1 ? "." + String(digits.dropFirst()) : ""
            let power = abs(exponent) < 10 ? "0\(abs(exponent))" : "\(abs(exponent))"
            return "\(sign)\(head)\(tail)e\(exponent < 0 ? "-" : "+")\(power)"
        }
        if exponent < 0 {
            return sign + "0." + String(repeating: "0", count: -exponent - 1) + String(digits)
        }
        if digits.count <= exponent + 1 {
            return sign + String(digits) + String(repeating: "0", count: exponent + 1 - digits.count)
        }
        return sign + String(digits.prefix(exponent + 1)) + "." + String(digits.dropFirst(exponent + 1))
    }
}
