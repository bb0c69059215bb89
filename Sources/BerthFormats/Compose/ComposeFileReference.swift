/// A service's use of a secret or config: `- db-password`, or `{source, target, mode…}`.
public struct ComposeFileReference: Sendable {
    enum Kind {
        case secret, config, buildSecret
    }

    /// The name of the top-level secret or config.
    public var source: ComposeValue<String>
    /// Where it appears in the container; a secret defaults to `/run/secrets/<source>`.
    public var target: String?
    var uid: String?
    var gid: String?
    var mode: Int?

    var json: JSONValue {
        var members: [(String, JSONValue)] = [("source", .string(source.value))]
        if let target { members.append(("target", .string(target))) }
        if let uid { members.append(("uid", .string(uid))) }
        if let gid { members.append(("gid", .string(gid))) }
        if let mode { members.append(("mode", .string("0" + String(mode, radix: 8)))) }
        return .object(members)
    }

    static func parse(_ node: ComposeNode, kind: Kind, service: String,
                      decoder: inout ComposeDecoder) -> [ComposeFileReference] {
        let what = "`\(kind == .config ? "configs" : "secrets")` of \(service)"
        guard let items = decoder.sequence(node, what) else { return [] }
        return items.compactMap { item in
            var reference: ComposeFileReference
            if let entries = item.entries {
                decoder.checkKeys(entries, allowed: ComposeSchema.fileReference, in: what)
                guard let sourceNode = item["source"], let source = decoder.string(sourceNode, "`source` of \(what)") else {
                    decoder.problem("an entry of \(what) in long form needs a `source`", at: item.location)
                    return nil
                }
                reference = ComposeFileReference(source: source)
                reference.target = item["target"].flatMap { decoder.string($0, "`target` of \(what)")?.value }
                reference.uid = item["uid"].flatMap { decoder.string($0, "`uid` of \(what)")?.value }
                reference.gid = item["gid"].flatMap { decoder.string($0, "`gid` of \(what)")?.value }
                reference.mode = item["mode"].flatMap { decoder.octal($0, "`mode` of \(what)") }
            } else {
                guard let source = decoder.string(item, "an item of \(what)") else { return nil }
                reference = ComposeFileReference(source: source)
            }
            if kind == .secret, reference.target == nil { reference.target = "/run/secrets/\(reference.source.value)" }
            return reference
        }
    }
}

/// A network a service joins, with its options (`aliases`, `ipv4_address`…).
public struct ComposeServiceNetwork: Sendable {
    public var name: ComposeValue<String>
    /// Other names the service answers to on this network.
    public var aliases: [String]
    /// The options as `docker compose config` prints them; nil when none were given.
    var options: JSONValue?

    static func parse(_ node: ComposeNode, service: String, decoder: inout ComposeDecoder) -> [ComposeServiceNetwork] {
        let what = "`networks` of service `\(service)`"
        if let items = node.items {
            return items.compactMap { item in
                decoder.string(item, "an item of \(what)").map { ComposeServiceNetwork(name: $0, aliases: []) }
            }.sorted { $0.name.value < $1.name.value }
        }
        guard let entries = decoder.mapping(node, what) else { return [] }
        return entries.sorted { $0.name < $1.name }.map { entry in
            var network = ComposeServiceNetwork(name: ComposeValue(entry.name, at: entry.key.location), aliases: [])
            guard !entry.value.isNull, let options = decoder.mapping(entry.value, "network `\(entry.name)` of \(what)")
            else { return network }
            network.options = decoder.object(options, keys: ComposeSchema.serviceNetwork, "network `\(entry.name)` of \(what)")
            network.aliases = entry.value["aliases"]?.items?.compactMap { $0.scalar?.string } ?? []
            return network
        }
    }
}
