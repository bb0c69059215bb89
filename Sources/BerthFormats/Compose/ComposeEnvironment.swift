/// A variable written in `environment` or `args`: a name, and a value unless written bare.
public struct ComposeVariable: Sendable, Hashable {
    public var name: String
    /// nil for `- NAME` or `NAME:` with no value.
    public var value: String?

    public init(name: String, value: String?) {
        self.name = name
        self.value = value
    }

    /// Reads `["A=1", "B"]` or `{A: 1, B: }`, each with the location of its name.
    static func parse(_ node: ComposeNode, _ what: String, decoder: inout ComposeDecoder) -> [ComposeValue<ComposeVariable>] {
        if let items = node.items {
            return items.compactMap { item in
                guard let text = decoder.string(item, "an item of \(what)") else { return nil }
                let parts = text.value.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let value = parts.count > 1 ? String(parts[1]) : nil
                return ComposeValue(ComposeVariable(name: String(parts[0]), value: value), at: text.location)
            }
        }
        guard let entries = decoder.mapping(node, what) else { return [] }
        return entries.map { entry in
            let value = entry.value.isNull ? nil : decoder.scalar(entry.value, "`\(entry.name)` in \(what)")?.value
            return ComposeValue(ComposeVariable(name: entry.name, value: value), at: entry.key.location)
        }
    }
}

/// One variable of a service's environment, after `env_file`s and `environment` are combined.
public struct ComposeEnvironmentEntry: Sendable {
    public enum Origin: Sendable, Hashable {
        /// Written in the service's `environment`.
        case environment
        /// Read from this `env_file` (the path as shown to the user).
        case envFile(String)
    }

    public var name: String
    /// The value the container gets; nil when written bare and not set in the environment.
    public var value: String?
    /// Where the name was written.
    public var location: SourceLocation
    /// Where the value was written (the name's location when it has none).
    public var valueLocation: SourceLocation
    public var origin: Origin
    /// True when the compose file spells the value out itself: not `${VAR}`, not taken
    /// from the environment or an env_file. A password written like this is in the repository.
    public var isLiteral: Bool
}

/// One `env_file` entry: `env_file: app.env`, a list, or `{path: …, required: false}`.
public struct ComposeEnvFile: Sendable {
    public var path: ComposeValue<String>
    /// When false, a missing file is skipped instead of being an error.
    public var required: Bool

    static func parse(_ node: ComposeNode, service: String, decoder: inout ComposeDecoder) -> [ComposeEnvFile] {
        let what = "`env_file` of service `\(service)`"
        let items = node.scalar != nil ? [node] : decoder.sequence(node, what) ?? []
        return items.compactMap { item in
            if let entries = item.entries {
                decoder.checkKeys(entries, allowed: ComposeSchema.envFile, in: what)
                guard let pathNode = item["path"], let path = decoder.string(pathNode, "`path` of \(what)") else {
                    decoder.problem("an \(what) entry in long form needs a `path`", at: item.location)
                    return nil
                }
                let required = item["required"].flatMap { decoder.bool($0, "`required` of \(what)")?.value } ?? true
                return ComposeEnvFile(path: path, required: required)
            }
            return decoder.string(item, what).map { ComposeEnvFile(path: $0, required: true) }
        }
    }
}

extension ComposeDecoder {
    /// A service's environment: each env_file in order, then `environment`, later names winning.
    mutating func environment(envFiles: [ComposeEnvFile], node: ComposeNode?, service: String) -> [ComposeEnvironmentEntry] {
        var entries: [ComposeEnvironmentEntry] = []
        func set(_ entry: ComposeEnvironmentEntry) {
            entries.removeAll { $0.name == entry.name }
            entries.append(entry)
        }
        for file in envFiles {
            for variable in readEnvFile(file) {
                set(ComposeEnvironmentEntry(name: variable.name, value: variable.value, location: variable.location,
                                            valueLocation: variable.location, origin: .envFile(variable.location.file),
                                            isLiteral: false))
            }
        }
        guard let node else { return entries }
        let variables = ComposeVariable.parse(node, "`environment` of service `\(service)`", decoder: &self)
        let scalars = (node.items?.compactMap(\.scalar) ?? node.entries?.compactMap(\.value.scalar)) ?? []
        for variable in variables {
            let name = variable.value.name
            let written = scalars.first { $0.location == variable.location }
                ?? node.entries?.first { $0.key.location == variable.location }?.value.scalar
            var valueLocation = variable.location
            if let written, node.items != nil, written.style != .literal, written.style != .folded {
                let quote = written.style == .plain ? 0 : 1
                valueLocation.column += quote + name.unicodeScalars.count + 1
            } else if let written {
                valueLocation = written.location
            }
            let literal = variable.value.value != nil && !(written?.isInterpolated ?? false)
            set(ComposeEnvironmentEntry(name: name, value: variable.value.value ?? environment[name],
                                        location: variable.location, valueLocation: valueLocation,
                                        origin: .environment, isLiteral: literal))
        }
        return entries
    }
}
