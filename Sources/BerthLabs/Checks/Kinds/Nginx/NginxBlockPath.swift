import BerthFormats

/// The blocks a check looks in, as `in:` writes them: `server`, `server/location /api/`,
/// `server[listen=443]/location /`. A block with arguments (a `location`) matches its exact
/// arguments; a `[directive=value]` filter keeps the blocks holding that directive with that
/// value (for `listen`, that port). Each step may be nested deeper than the one before.
///
/// Arguments end at a `/` followed by a block name (`/if`, `/location`) and a space, `[`
/// or the end, so `location /api//if ($bad)` reads as `location /api/`, then `if ($bad)`.
struct NginxBlockPath: Sendable, Equatable, CustomStringConvertible {
    struct Step: Sendable, Equatable {
        var name: String
        var arguments: String?
        var filter: Filter?
    }

    struct Filter: Sendable, Equatable {
        var directive: String
        var value: String
    }

    static let blockNames: Set<String> = [
        "http", "server", "location", "upstream", "if", "limit_except", "events", "stream", "map", "types", "geo", "mail",
    ]

    var steps: [Step]
    let description: String

    /// Reads `text`; nil when it is not a path of blocks.
    init?(_ text: String) {
        description = text
        steps = []
        var rest = Substring(Self.trimmed(Substring(text)))
        while !rest.isEmpty {
            let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            guard !name.isEmpty else { return nil }
            rest = rest.dropFirst(name.count)
            var step = Step(name: String(name))
            if rest.hasPrefix("[") {
                guard let close = rest.firstIndex(of: "]") else { return nil }
                let parts = rest[rest.index(after: rest.startIndex)..<close].split(separator: "=", maxSplits: 1)
                guard parts.count == 2 else { return nil }
                step.filter = Filter(directive: String(parts[0]), value: String(parts[1]))
                rest = rest[rest.index(after: close)...]
            }
            if rest.hasPrefix(" ") {
                let end = Self.argumentsEnd(in: rest)
                step.arguments = Self.trimmed(rest[..<end])
                rest = rest[end...]
            }
            if rest.hasPrefix("/") {
                rest = rest.dropFirst()
                guard !rest.isEmpty else { return nil }
            } else if !rest.isEmpty {
                return nil
            }
            steps.append(step)
        }
        guard !steps.isEmpty else { return nil }
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop { $0 == " " }).trimmingTrailingSpaces()
    }

    /// Where one step's arguments end: at a `/` that starts the next step.
    private static func argumentsEnd(in text: Substring) -> Substring.Index {
        var index = text.index(after: text.startIndex)
        while index < text.endIndex {
            if text[index] == "/" {
                let after = text[text.index(after: index)...]
                let name = after.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                let boundary = after.dropFirst(name.count).first
                if blockNames.contains(String(name)), boundary == nil || boundary == " " || boundary == "[" { return index }
            }
            index = text.index(after: index)
        }
        return text.endIndex
    }

    /// The blocks of `config` the path leads to. A snippet's top level stands for the
    /// blocks nginx includes it in (`http`, or `server` for a file of locations).
    func scopes(in config: NginxConfig) -> [NginxScope] {
        let implicit: [String] = switch config.context {
        case .http: ["http"]
        case .server: ["http", "server"]
        case .location: ["http", "server", "location"]
        default: []
        }
        if matches(chain: [], implicit: implicit) { return [NginxScope(directives: config.directives, enclosing: [])] }
        guard let last = steps.last else { return [] }
        return config.allDirectives().filter { $0.directive.isBlock && Self.matches(last, $0.directive) }
            .filter { matches(chain: $0.enclosing + [$0.directive], implicit: implicit) }
            .map { NginxScope(directives: $0.directive.block ?? [], enclosing: $0.enclosing + [$0.directive]) }
    }

    /// True when the steps appear in order in `chain` (outermost first), the last step
    /// being its innermost block; steps before the chain may be met by the implicit blocks.
    private func matches(chain: [NginxDirective], implicit: [String]) -> Bool {
        var remaining = steps[...]
        if let innermost = chain.last {
            guard let last = remaining.last, Self.matches(last, innermost) else { return false }
            remaining = remaining.dropLast()
        }
        for block in chain.dropLast().reversed() {
            if let step = remaining.last, Self.matches(step, block) { remaining = remaining.dropLast() }
        }
        for name in implicit.reversed() {
            if let step = remaining.last, step.name == name, step.arguments == nil, step.filter == nil {
                remaining = remaining.dropLast()
            }
        }
        return remaining.isEmpty
    }

    /// Why the path leads nowhere, in words a student can act on.
    func missing(in config: NginxConfig) -> String {
        if let last = steps.last, last.name == "location", let wanted = last.arguments {
            return Self.missingLocation(wanted, in: config)
        }
        return "no \(description) block in \(config.path)"
    }

    /// Why there is no `location wanted`: the locations there are, and a near miss
    /// (`/api` where the task asks for `/api/`).
    static func missingLocation(_ wanted: String, in config: NginxConfig) -> String {
        let written = config.directives(named: "location").map { $0.directive.values.joined(separator: " ") }
        guard !written.isEmpty else { return "no `location` blocks in \(config.path)" }
        if let close = NameSuggestion.closest(to: wanted, among: written), close != wanted {
            return "`location \(close)` (the task asks for `location \(wanted)`)"
        }
        return "no `location \(wanted)`; the locations are " + written.map { "`\($0)`" }.joined(separator: ", ")
    }

    private static func matches(_ step: Step, _ block: NginxDirective) -> Bool {
        guard block.name == step.name, block.isBlock else { return false }
        if let arguments = step.arguments, block.values.joined(separator: " ") != arguments { return false }
        guard let filter = step.filter else { return true }
        return block.children(named: filter.directive).contains { child in
            if filter.directive == "listen", let listen = NginxListen(child), let port = Int(filter.value) {
                return listen.port == port || (listen.portRange?.contains(port) ?? false)
            }
            return child.values.contains(filter.value)
        }
    }
}
