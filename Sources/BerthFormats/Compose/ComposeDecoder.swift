/// Shared state while decoding one compose file: the problems found so far, and what
/// relative paths and bare variable names resolve against.
struct ComposeDecoder {
    private(set) var errors: [ParseError] = []
    /// The absolute directory of the compose file (the project directory).
    let directory: String
    /// The project environment: the process environment over the `.env` file.
    let environment: [String: String]
    /// Reads `env_file`s; without one (text parsed from memory) they are not read.
    let reader: SourceReader?

    init(directory: String, environment: [String: String], reader: SourceReader?) {
        self.directory = directory
        self.environment = environment
        self.reader = reader
    }

    /// The variables of an `env_file`, or none when it cannot be read (reported unless optional).
    mutating func readEnvFile(_ file: ComposeEnvFile) -> [DotEnvFile.Entry] {
        guard let reader else { return [] }
        let path = hostPath(file.path.value)
        guard SourceReader.realPath(path) != nil else {
            if file.required {
                problem("env file \(file.path.value) not found; create it or mark it `required: false`",
                        at: file.path.location, kind: .unreadable)
            }
            return []
        }
        do {
            let envFile = DotEnvFile(try reader.read(path, reportedAt: file.path.location), environment: environment)
            append(envFile.errors)
            return envFile.entries
        } catch {
            errors.append(error)
            return []
        }
    }

    mutating func problem(_ message: String, at location: SourceLocation, kind: ParseError.Kind = .invalidValue) {
        errors.append(ParseError(kind, at: location, message))
    }

    mutating func warning(_ message: String, at location: SourceLocation, kind: ParseError.Kind = .invalidValue) {
        errors.append(ParseError(kind, at: location, message, severity: .warning))
    }

    mutating func append(_ more: [ParseError]) { errors += more }

    /// The entries of a mapping; null counts as empty, anything else is reported.
    mutating func mapping(_ node: ComposeNode, _ what: String) -> [ComposeEntry]? {
        if let entries = node.entries { return entries }
        if node.isNull { return [] }
        problem("\(what) must be a mapping (`key: value` lines), not \(node.kindName)", at: node.location)
        return nil
    }

    /// The items of a list; null counts as empty, anything else is reported.
    mutating func sequence(_ node: ComposeNode, _ what: String) -> [ComposeNode]? {
        if let items = node.items { return items }
        if node.isNull { return [] }
        problem("\(what) must be a list (`- item` lines), not \(node.kindName)", at: node.location)
        return nil
    }

    /// A value the Compose schema types as text. A number or boolean is reported (Compose
    /// refuses `version: 3.8` or `user: 1000`) and then read as written, so the model stays whole.
    mutating func string(_ node: ComposeNode, _ what: String) -> ComposeValue<String>? {
        guard let value = scalar(node, what), let scalar = node.scalar else { return nil }
        let kind: String? = switch scalar.value {
        case .int, .double: "a number"
        case .bool: "true/false"
        case .null, .string: nil
        }
        if let kind {
            problem("\(what) must be text, but YAML reads `\(scalar.written)` as \(kind); quote it: \"\(scalar.written)\"",
                    at: scalar.location)
        }
        return value
    }

    /// A value where the schema allows text, numbers and booleans alike (`80` → "80");
    /// nil for null, reported for lists and mappings.
    mutating func scalar(_ node: ComposeNode, _ what: String) -> ComposeValue<String>? {
        guard let scalar = node.scalar else {
            problem("\(what) must be a single value, not \(node.kindName)", at: node.location)
            return nil
        }
        return scalar.string.map { ComposeValue($0, at: scalar.location) }
    }

    /// A whole number, written as one or as a string of digits (after interpolation).
    mutating func int(_ node: ComposeNode, _ what: String) -> ComposeValue<Int>? {
        guard let scalar = node.scalar, scalar.value != .null else {
            if !node.isNull { problem("\(what) must be a whole number, not \(node.kindName)", at: node.location) }
            return nil
        }
        switch scalar.value {
        case .int(let number): return ComposeValue(number, at: scalar.location)
        case .string(let text):
            if let number = Int(text) { return ComposeValue(number, at: scalar.location) }
        default: break
        }
        problem("\(what) must be a whole number, not `\(scalar.text)`", at: scalar.location)
        return nil
    }

    /// A boolean: `true`/`false`, or after interpolation any of Compose's yes/no spellings.
    mutating func bool(_ node: ComposeNode, _ what: String) -> ComposeValue<Bool>? {
        guard let scalar = node.scalar, scalar.value != .null else {
            if !node.isNull { problem("\(what) must be true or false, not \(node.kindName)", at: node.location) }
            return nil
        }
        if case .bool(let flag) = scalar.value { return ComposeValue(flag, at: scalar.location) }
        switch scalar.text.lowercased() {
        case "y", "yes", "true", "on": return ComposeValue(true, at: scalar.location)
        case "n", "no", "false", "off": return ComposeValue(false, at: scalar.location)
        default:
            problem("\(what) must be true or false, not `\(scalar.text)`", at: scalar.location)
            return nil
        }
    }

    /// A duration such as `1m30s`.
    mutating func duration(_ node: ComposeNode, _ what: String) -> ComposeValue<ComposeDuration>? {
        guard let text = string(node, what) else { return nil }
        guard let duration = ComposeDuration(text.value) else {
            problem("\(what) must be a duration like 30s, 1m30s or 500ms, not `\(text.value)`", at: text.location)
            return nil
        }
        return ComposeValue(duration, at: text.location)
    }

    /// Warns about keys that are not in `allowed` (extension keys `x-…` are always allowed).
    /// - Parameter moved: keys that belong somewhere else, with where (`dockerfile` → "under `build:`").
    mutating func checkKeys(_ entries: [ComposeEntry], allowed: [String], in what: String, moved: [String: String] = [:]) {
        for entry in entries where !allowed.contains(entry.name) && !entry.name.hasPrefix("x-") {
            var message = "unknown key `\(entry.name)` in \(what)"
            if let place = moved[entry.name] {
                message += "; it belongs \(place)"
            } else if let suggestion = NameSuggestion.closest(to: entry.name, among: allowed) {
                message += "; did you mean `\(suggestion)`?"
            } else {
                message += "; Compose would refuse the file, so remove it or prefix it with x-"
            }
            warning(message, at: entry.key.location, kind: .unknownKey)
        }
    }

    /// An absolute, cleaned host path: `./src` against the project directory, `~` against HOME.
    func hostPath(_ path: String) -> String {
        if path == "~" || path.hasPrefix("~/"), let home = environment["HOME"] {
            return ComposeDecoder.clean(home + path.dropFirst())
        }
        if path.hasPrefix("/") || path.hasPrefix("~") { return path }
        return ComposeDecoder.clean(directory + "/" + path)
    }

    /// POSIX path cleaning as Go's `path.Clean` does it: no `.`, no `x/..`, no doubled or trailing `/`.
    static func clean(_ path: String) -> String {
        guard !path.isEmpty else { return "." }
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == ".." {
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !absolute {
                    parts.append(part)
                }
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}
