import BerthFormats

/// `kind: compose-environment`: the service's container gets these variables, from
/// `environment:` (list or mapping) or its `env_file:` files, read as Compose reads them.
///
/// ```yaml
/// kind: compose-environment
/// service: web
/// variables:
///   REDIS_HOST: redis         # exactly this value
///   DB_PASS: null             # set to anything
/// ```
public struct ComposeEnvironmentCheck: StaticCheck {
    public static let kind = "compose-environment"

    /// A variable that must be set, and its value (nil: any value).
    public struct Variable: Sendable, Equatable {
        public var name: String
        public var value: String?
    }

    var target: ComposeServiceTarget
    public var variables: [Variable]

    public init?(_ fields: inout ManifestFields) {
        let target = ComposeServiceTarget(&fields)
        var variables: [Variable] = []
        if let node = fields.value("variables") {
            for entry in node.entries ?? [] {
                guard entry.value.isNull || entry.value.scalar != nil else {
                    fields.invalid(entry.value, "`\(entry.name)` in `variables:` of \(fields.subject) is a single value, or null for any value")
                    continue
                }
                variables.append(Variable(name: entry.name, value: entry.value.scalar?.string))
            }
            if node.entries?.isEmpty ?? true {
                fields.invalid(node, "`variables:` of \(fields.subject) maps each variable's name to its value (null: any value)")
            }
        } else {
            _ = fields.string("variables", "a mapping of NAME: value, null meaning any value")
        }
        guard let target, !variables.isEmpty else { return nil }
        self.target = target
        self.variables = variables
    }

    public func evaluate(in repository: StudentRepository) -> CheckOutcome {
        let expected = "the environment of \(target.selector) to set " + variables.map(Self.words).joined(separator: ", ")
        return target.evaluate(in: repository, expected: expected) { compose, service in
            for wanted in variables {
                let place = service.location(of: "environment")
                guard let entry = service.environmentVariable(wanted.name) else {
                    return .fail(at: place, expected: expected, found: missing(wanted.name, in: service))
                }
                let source = Self.origin(entry)
                guard let value = entry.value else {
                    return .fail(at: entry.location, expected: expected,
                                 found: "`\(wanted.name)` is written without a value\(source) and nothing sets it (no .env entry)")
                }
                // An unset `${VAR}` leaves the value empty; the parser says which variable.
                let unset = compose.errors.first { $0.kind == .interpolation && $0.location.file == entry.valueLocation.file
                    && $0.location.line == entry.valueLocation.line }
                if wanted.value == nil, value.isEmpty {
                    return .fail(at: unset?.location ?? entry.valueLocation, expected: expected,
                                 found: "`\(wanted.name)` is empty\(source)" + (unset.map { ": \($0.message)" } ?? ""))
                }
                if let wantedValue = wanted.value, value != wantedValue {
                    return .fail(at: unset?.location ?? entry.valueLocation, expected: expected,
                                 found: "`\(wanted.name)=\(value)`\(source)" + Self.caseNote(value, wantedValue)
                                    + (unset.map { " (\($0.message))" } ?? ""))
                }
            }
            let found = variables.compactMap { service.environmentVariable($0.name) }
                .map { $0.shown + Self.origin($0) }
            let first = variables.first.flatMap { service.environmentVariable($0.name) }?.location ?? service.location
            return .pass(at: first, expected: expected, found: found.joined(separator: ", "))
        }
    }

    /// Why `name` is not in the environment, naming a near miss (`DB_PASSWORD` for `DB_PASS`).
    private func missing(_ name: String, in service: ComposeService) -> String {
        let names = service.environment.map(\.name)
        // DB_PASSWORD for DB_PASS is too far apart for a typo, but plainly the same variable.
        let longer = names.first { $0.uppercased().hasPrefix(name.uppercased()) || name.uppercased().hasPrefix($0.uppercased()) }
        if let close = NameSuggestion.closest(to: name, among: names) ?? longer, close != name {
            return "`\(close)` in the environment of `\(service.name)` (the task asks for `\(name)`)"
        }
        guard !names.isEmpty else { return "`\(service.name)` has no `environment:` or `env_file:`" }
        return "no `\(name)` in the environment of `\(service.name)`; it sets " + names.map { "`\($0)`" }.joined(separator: ", ")
    }

    /// " in app.env" for a variable read from an env_file; "" for `environment:`.
    static func origin(_ entry: ComposeEnvironmentEntry) -> String {
        if case .envFile(let file) = entry.origin { return " in \(file)" }
        return ""
    }

    /// Names a difference only in letter case, which is easy to miss.
    static func caseNote(_ found: String, _ wanted: String) -> String {
        found.lowercased() == wanted.lowercased() ? " (the task asks for `\(wanted)`; letter case differs)" : ", not `\(wanted)`"
    }

    static func words(_ variable: Variable) -> String {
        variable.value.map { "`\(variable.name)=\($0)`" } ?? "`\(variable.name)`"
    }
}
