import BerthFormats

/// What a repository's `.berth.yaml` says about linting:
///
/// ```yaml
/// lint:
///   ignore: [BL110, BL205]        # rules never reported
///   severity:                     # a rule's severity changed
///     BL201: error
///   failure-threshold: warning    # error, warning, info, style or none
/// ```
public struct LintConfiguration: Sendable, Equatable {
    public static let fileName = ".berth.yaml"

    public var ignoredRules: Set<String> = []
    public var severityOverrides: [String: Severity] = [:]
    /// The least severe finding that makes `berth lint` exit 1; nil means none does.
    public var failureThreshold: Severity? = .warning

    public init(ignoredRules: Set<String> = [], severityOverrides: [String: Severity] = [:],
                failureThreshold: Severity? = .warning) {
        self.ignoredRules = ignoredRules
        self.severityOverrides = severityOverrides
        self.failureThreshold = failureThreshold
    }

    /// Reads `path` through `reader`; a file that does not exist gives the defaults.
    /// Every problem (syntax, unknown keys, unknown rule ids, bad values) is returned with its position.
    public static func load(path: String, reader: SourceReader) -> (LintConfiguration, [ParseError]) {
        let document = YAMLDocument.load(path: path, reader: reader)
        guard document.errors.isEmpty else { return (LintConfiguration(), document.errors) }
        guard let root = document.root, !root.isNull else { return (LintConfiguration(), []) }
        var reading = Reading()
        let configuration = reading.configuration(from: root)
        return (configuration, reading.problems)
    }

    /// Parses a threshold as written on the command line or in the file.
    public static func threshold(named name: String) -> Severity?? {
        if name == "none" { return .some(nil) }
        return Severity(rawValue: name).map { .some($0) }
    }

    private struct Reading {
        var problems: [ParseError] = []

        mutating func configuration(from root: ComposeNode) -> LintConfiguration {
            var configuration = LintConfiguration()
            guard let entries = expectMapping(root, "the top of .berth.yaml") else { return configuration }
            for entry in entries where entry.name != "lint" && !entry.name.hasPrefix("x-") {
                problems.append(ParseError(.unknownKey, at: entry.key.location,
                                           "unknown key \"\(entry.name)\"; .berth.yaml has a \"lint\" section",
                                           severity: .warning))
            }
            guard let lint = root["lint"], let section = expectMapping(lint, "lint") else { return configuration }
            for entry in section {
                switch entry.name {
                case "ignore":
                    configuration.ignoredRules = Set(ruleIDs(in: entry.value))
                case "severity":
                    for override in expectMapping(entry.value, "lint.severity") ?? [] {
                        guard let id = ruleID(override.name, at: override.key.location),
                              let severity = severity(override.value) else { continue }
                        configuration.severityOverrides[id] = severity
                    }
                case "failure-threshold":
                    if let name = entry.value.scalar?.text, let threshold = LintConfiguration.threshold(named: name) {
                        configuration.failureThreshold = threshold
                    } else {
                        invalid(entry.value, "failure-threshold is one of error, warning, info, style, none")
                    }
                default:
                    problems.append(ParseError(.unknownKey, at: entry.key.location,
                        "unknown key \"lint.\(entry.name)\"; known keys are ignore, severity, failure-threshold",
                        severity: .warning))
                }
            }
            return configuration
        }

        private mutating func expectMapping(_ node: ComposeNode, _ what: String) -> [ComposeEntry]? {
            if let entries = node.entries { return entries }
            invalid(node, "\(what) must be a mapping of keys to values")
            return nil
        }

        private mutating func ruleIDs(in node: ComposeNode) -> [String] {
            if let scalar = node.scalar { return ruleID(scalar.text, at: scalar.location).map { [$0] } ?? [] }
            guard let items = node.items else {
                invalid(node, "lint.ignore is a list of rule ids, like [BL110, BL205]")
                return []
            }
            return items.compactMap { item in
                guard let scalar = item.scalar else {
                    invalid(item, "each ignored rule is an id like BL110")
                    return nil
                }
                return ruleID(scalar.text, at: scalar.location)
            }
        }

        private mutating func ruleID(_ text: String, at location: SourceLocation) -> String? {
            if let rule = RuleRegistry.rule(id: text) { return rule.id }
            let hint = RuleRegistry.suggestions(for: text).first.map { "; did you mean \($0)?" } ?? ""
            problems.append(ParseError(.invalidValue, at: location,
                                       "no rule \"\(text)\"\(hint) (berth lint --explain ID shows one)"))
            return nil
        }

        private mutating func severity(_ node: ComposeNode) -> Severity? {
            if let text = node.scalar?.text, let severity = Severity(rawValue: text) { return severity }
            invalid(node, "a severity is one of error, warning, info, style")
            return nil
        }

        private mutating func invalid(_ node: ComposeNode, _ message: String) {
            problems.append(ParseError(.invalidValue, at: node.location, message))
        }
    }
}
