extension ComposeDecoder {
    /// A node normalised by its schema shape into what `docker compose config` prints,
    /// reporting values of the wrong kind; nil when there is nothing to print.
    mutating func json(_ node: ComposeNode, shape: ComposeShape, _ what: String) -> JSONValue? {
        switch shape {
        case .string: return string(node, what).map { .string($0.value) }
        case .scalar: return scalar(node, what).map { .string($0.value) }
        case .bool: return bool(node, what).map { .bool($0.value) }
        case .int: return int(node, what).map { .int($0.value) }
        case .double:
            guard let text = scalar(node, what) else { return nil }
            guard let number = Double(text.value) else {
                problem("\(what) must be a number, not `\(text.value)`", at: text.location)
                return nil
            }
            return .double(number)
        case .bytes:
            guard let text = scalar(node, what) else { return nil }
            guard let bytes = ComposeDecoder.bytes(text.value) else {
                problem("\(what) must be a size like 512m or 1g, not `\(text.value)`", at: text.location)
                return nil
            }
            return .string(String(bytes))
        case .duration: return duration(node, what).map { .string($0.value.description) }
        case .octal: return octal(node, what).map { .string("0" + String($0, radix: 8)) }
        case .stringOrList:
            if node.scalar != nil { return string(node, what).map { .array([.string($0.value)]) } }
            return json(node, shape: .list(.string), what)
        case .list(let item):
            guard let items = sequence(node, what) else { return nil }
            return .array(items.enumerated().compactMap { json($1, shape: item, "\(what)[\($0)]") })
        case .keyValues:
            return keyValues(node, what).map { pairs in .object(pairs.map { ($0.0, .string($0.1 ?? "")) }) }
        case .dictionary(let value):
            guard let entries = mapping(node, what) else { return nil }
            let members = entries.sorted { $0.name < $1.name }.compactMap { entry in
                json(entry.value, shape: value, "`\(entry.name)` in \(what)").map { (entry.name, $0) }
                    ?? (entry.value.isNull ? (entry.name, JSONValue.null) : nil)
            }
            return .object(members)
        case .object(let keys):
            guard let entries = mapping(node, what) else { return nil }
            return object(entries, keys: keys, what)
        case .hosts: return hosts(node, what)
        case .devices: return devices(node, what)
        case .deviceRequests: return deviceRequests(node, what)
        case .any: return ComposeDecoder.plain(node)
        case .model: return nil
        }
    }

    /// A mapping printed field by field in schema order, warning about unknown keys.
    mutating func object(_ entries: [ComposeEntry], keys: [ComposeSchema.Key], _ what: String) -> JSONValue {
        checkKeys(entries, allowed: keys.map(\.name), in: what)
        var members: [(String, JSONValue)] = []
        for key in keys {
            if let entry = entries.first(where: { $0.name == key.name }),
               let value = json(entry.value, shape: key.shape, "`\(key.name)` in \(what)") {
                members.append((key.name, value))
            } else if key.alwaysPresent {
                members.append((key.name, .object([])))
            }
        }
        return .object(members)
    }

    /// `["A=1", "B"]` or `{A: 1, B: null}` as sorted pairs; a value is nil where none was given.
    mutating func keyValues(_ node: ComposeNode, _ what: String) -> [(String, String?)]? {
        var pairs: [String: ComposeValue<String?>] = [:]
        if let items = node.items {
            for item in items {
                guard let text = string(item, "an item of \(what)") else { continue }
                let parts = text.value.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                pairs[String(parts[0])] = ComposeValue(parts.count > 1 ? String(parts[1]) : nil, at: text.location)
            }
        } else if let entries = mapping(node, what) {
            for entry in entries {
                let value = entry.value.isNull ? nil : scalar(entry.value, "`\(entry.name)` in \(what)")?.value
                pairs[entry.name] = ComposeValue(value, at: entry.key.location)
            }
        } else {
            return nil
        }
        return pairs.keys.sorted().map { ($0, pairs[$0]?.value ?? nil) }
    }

    /// A file mode: an integer YAML already read (octal when written with a leading 0) or an octal string.
    mutating func octal(_ node: ComposeNode, _ what: String) -> Int? {
        guard let scalar = node.scalar else { return int(node, what)?.value }
        if case .int(let number) = scalar.value { return number }
        if let number = Int(scalar.text, radix: 8) { return number }
        problem("\(what) must be an octal file mode like 0440, not `\(scalar.text)`", at: scalar.location)
        return nil
    }

    private mutating func hosts(_ node: ComposeNode, _ what: String) -> JSONValue? {
        var lines: [String] = []
        if let items = node.items {
            for item in items {
                guard let text = string(item, "an item of \(what)")?.value else { continue }
                // `host:ip` and `host=ip` are both accepted; Compose prints `=` (IPv6 addresses keep their colons).
                if text.contains("=") {
                    lines.append(text)
                } else if let colon = text.firstIndex(of: ":") {
                    lines.append(text[..<colon] + "=" + text[text.index(after: colon)...])
                } else {
                    problem("\(what) entries are `host:ip` or `host=ip`, not `\(text)`", at: item.location)
                }
            }
        } else if let entries = mapping(node, what) {
            for entry in entries {
                let address = string(entry.value, "`\(entry.name)` in \(what)")?.value ?? ""
                lines.append("\(entry.name)=\(address)")
            }
        } else {
            return nil
        }
        return .array(lines.sorted().map { .string($0) })
    }

    private mutating func devices(_ node: ComposeNode, _ what: String) -> JSONValue? {
        guard let items = sequence(node, what) else { return nil }
        var devices: [JSONValue] = []
        for item in items {
            if item.entries != nil {
                let device = json(item, shape: .object([ComposeSchema.Key("source", .string),
                                                        ComposeSchema.Key("target", .string),
                                                        ComposeSchema.Key("permissions", .string)]), what)
                if let device { devices.append(device) }
                continue
            }
            guard let text = string(item, "an item of \(what)")?.value else { continue }
            let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard parts.count <= 3 else {
                problem("\(what) entries are `host:container[:permissions]`, not `\(text)`", at: item.location)
                continue
            }
            let target = parts.count > 1 ? parts[1] : parts[0]
            let permissions = parts.count > 2 ? parts[2] : "rwm"
            devices.append(.object([("source", .string(parts[0])), ("target", .string(target)),
                                    ("permissions", .string(permissions))]))
        }
        return .array(devices)
    }

    private mutating func deviceRequests(_ node: ComposeNode, _ what: String) -> JSONValue? {
        if node.scalar?.text == "all" { return .array([.object([("count", .int(-1))])]) }
        guard let items = sequence(node, what) else { return nil }
        let keys = [ComposeSchema.Key("capabilities", .list(.string)), ComposeSchema.Key("driver", .string),
                    ComposeSchema.Key("count", .model), ComposeSchema.Key("device_ids", .list(.string)),
                    ComposeSchema.Key("options", .dictionary(.string))]
        return .array(items.compactMap { item in
            guard let entries = mapping(item, "an item of \(what)"),
                  case .object(var members) = object(entries, keys: keys, "an item of \(what)") else { return nil }
            // `count: all`, or no count and no device ids, means every device: Compose writes -1.
            var count: Int? = item["device_ids"] == nil ? -1 : nil
            if let countNode = item["count"] {
                count = countNode.scalar?.text == "all" ? -1 : int(countNode, "`count` of \(what)")?.value
            }
            if let count {
                let position = members.firstIndex { $0.0 == "device_ids" || $0.0 == "options" } ?? members.count
                members.insert(("count", .int(count)), at: position)
            }
            return .object(members)
        })
    }

    /// A node as written, typed the way YAML reads it (mapping keys sorted, as Go maps print).
    static func plain(_ node: ComposeNode) -> JSONValue {
        switch node.content {
        case .scalar(let scalar):
            switch scalar.value {
            case .null: return .null
            case .bool(let flag): return .bool(flag)
            case .int(let number): return .int(number)
            case .double(let number): return .double(number)
            case .string(let text): return .string(text)
            }
        case .sequence(let items): return .array(items.map(plain))
        case .mapping(let entries):
            return .object(entries.sorted { $0.name < $1.name }.map { ($0.name, plain($0.value)) })
        }
    }

    /// A size in bytes: a plain number, or a number with b, k, m, g (binary, optionally followed by b).
    static func bytes(_ text: String) -> Int? {
        let lowered = text.lowercased()
        let units: [(String, Int)] = [("kb", 1 << 10), ("mb", 1 << 20), ("gb", 1 << 30), ("tb", 1 << 40),
                                      ("pb", 1 << 50), ("k", 1 << 10), ("m", 1 << 20), ("g", 1 << 30),
                                      ("t", 1 << 40), ("p", 1 << 50), ("b", 1)]
        for (suffix, factor) in units where lowered.hasSuffix(suffix) {
            guard let number = Double(lowered.dropLast(suffix.count)), number >= 0 else { return nil }
            return Int(number * Double(factor))
        }
        return Int(lowered).flatMap { $0 >= 0 ? $0 : nil }
    }
}
