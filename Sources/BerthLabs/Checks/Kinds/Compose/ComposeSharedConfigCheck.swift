import BerthFormats

/// `kind: compose-shared-config`: several services run one configuration: the same keys
/// with the same values (written once with a YAML anchor and `<<:` merges, or as identical
/// blocks), and the same environment.
///
/// What may differ is what tells the copies apart: `container_name`, `hostname`, and
/// variables whose name contains `INSTANCE` or is HOSTNAME, NODE_ID, REPLICA_ID,
/// SERVER_ID, SERVICE_NAME or WORKER_ID.
///
/// ```yaml
/// kind: compose-shared-config
/// services: [web1, web2, web3]
/// ```
public struct ComposeSharedConfigCheck: StaticCheck {
    public static let kind = "compose-shared-config"

    /// Keys compared through the model (the effective environment) or allowed to differ.
    static let keysNotCompared: Set<String> = ["environment", "env_file", "container_name", "hostname"]
    static let identityVariables: Set<String> = ["HOSTNAME", "NODE_ID", "REPLICA_ID", "SERVER_ID", "SERVICE_NAME", "WORKER_ID"]

    var target: ComposeFileTarget
    public var services: [String]

    public init?(_ fields: inout ManifestFields) {
        target = ComposeFileTarget(&fields)
        guard let services = fields.listOfAtLeastOne("services", "the services that share one configuration") else { return nil }
        guard services.count >= 2 else {
            fields.invalid(fields.node["services"] ?? fields.node, "`services:` of \(fields.subject) names at least two services to compare")
            return nil
        }
        self.services = services
    }

    public func evaluate(in repository: StudentRepository) -> CheckOutcome {
        let names = services.map { "`\($0)`" }.joined(separator: ", ")
        let expected = "\(names) to share one configuration"
        return target.evaluate(in: repository, expected: expected) { compose in
            var found: [ComposeService] = []
            for name in services {
                guard let service = compose.service(named: name) else {
                    return .fail(at: compose.servicesLocation, expected: "a service `\(name)`",
                                 found: ComposeServiceSelector(.names([name])).notFound(in: compose))
                }
                found.append(service)
            }
            let reference = found[0]
            for other in found.dropFirst() {
                if let difference = Self.keyDifference(reference, other) ?? Self.environmentDifference(reference, other) {
                    return .fail(at: difference.location, expected: expected, found: difference.found)
                }
            }
            let merged = found.dropFirst().allSatisfy { Self.sharesWrittenKeys(reference, $0) }
            return .pass(at: reference.location, expected: expected,
                         found: "\(names) share one configuration" + (merged ? " (written once, merged in with `<<:`)" : ""))
        }
    }

    /// The first key whose value differs between the two services.
    static func keyDifference(_ reference: ComposeService, _ other: ComposeService) -> (location: SourceLocation, found: String)? {
        let keys = ((reference.node.entries ?? []) + (other.node.entries ?? [])).map(\.name)
        var seen: Set<String> = []
        for key in keys where !keysNotCompared.contains(key) && seen.insert(key).inserted {
            let (mine, theirs) = (reference.node[key], other.node[key])
            guard let theirs else {
                return (other.location, "`\(other.name)` has no `\(key):`, which `\(reference.name)` has")
            }
            guard let mine else {
                return (other.location(of: key), "`\(other.name)` has `\(key):`, which `\(reference.name)` does not")
            }
            if canonical(mine) != canonical(theirs) {
                return (other.location(of: key), "`\(other.name)` has `\(key): \(compact(theirs))` where `\(reference.name)` has `\(key): \(compact(mine))`")
            }
        }
        return nil
    }

    /// The first variable that differs, leaving out those that name the instance.
    static func environmentDifference(_ reference: ComposeService, _ other: ComposeService) -> (location: SourceLocation, found: String)? {
        let compared = { (entry: ComposeEnvironmentEntry) in !isIdentity(entry.name) }
        for entry in reference.environment where compared(entry) {
            guard let theirs = other.environmentVariable(entry.name) else {
                return (other.location(of: "environment"), "`\(other.name)` does not set `\(entry.name)`, which `\(reference.name)` sets")
            }
            if theirs.value != entry.value {
                return (theirs.valueLocation, "`\(other.name)` sets \(theirs.shown) where `\(reference.name)` sets \(entry.shown)")
            }
        }
        if let extra = other.environment.first(where: { compared($0) && reference.environmentVariable($0.name) == nil }) {
            return (extra.location, "`\(other.name)` sets `\(extra.name)`, which `\(reference.name)` does not")
        }
        return nil
    }

    static func isIdentity(_ variable: String) -> Bool {
        variable.uppercased().contains("INSTANCE") || identityVariables.contains(variable.uppercased())
    }

    /// True when the compared keys come from the same place in the file: one block merged in.
    static func sharesWrittenKeys(_ reference: ComposeService, _ other: ComposeService) -> Bool {
        let keys = (reference.node.entries ?? []).filter { !keysNotCompared.contains($0.name) }
        return !keys.isEmpty && keys.allSatisfy { other.node.entry($0.name)?.key.location == $0.key.location }
    }

    /// The node's value with mapping order ignored, for comparing.
    static func canonical(_ node: ComposeNode) -> String {
        switch node.content {
        case .scalar(let scalar): "\"\(scalar.string ?? "")\""
        case .sequence(let items): "[" + items.map(canonical).joined(separator: ",") + "]"
        case .mapping(let entries): "{" + entries.map { "\($0.name):\(canonical($0.value))" }.sorted().joined(separator: ",") + "}"
        }
    }

    /// The node in YAML's flow style, shortened, for a message.
    static func compact(_ node: ComposeNode) -> String {
        let text: String = switch node.content {
        case .scalar(let scalar): scalar.string ?? "null"
        case .sequence(let items): "[" + items.map(compact).joined(separator: ", ") + "]"
        case .mapping(let entries): "{" + entries.map { "\($0.name): \(compact($0.value))" }.joined(separator: ", ") + "}"
        }
        return text.count > 80 ? String(text.prefix(77)) + "..." : text
    }
}
