/// A top-level network, volume, secret or config that services refer to by name.
public struct ComposeResource: Sendable {
    public enum Kind: String, Sendable {
        case network, volume, secret, config
    }

    public var kind: Kind
    /// The key it is declared under (what services write).
    public var name: String
    public var location: SourceLocation
    /// True for `external: true`: created outside Compose, which only looks it up.
    public var external: Bool
    /// The name Docker knows it by: `name:`, the key for external ones, else `<project>_<key>`.
    public var resolvedName: String
    /// The declaration as written.
    public var node: ComposeNode
    /// The declaration as `docker compose config` prints it.
    var json: JSONValue

    /// Reads one top-level `networks:`/`volumes:`/`secrets:`/`configs:` entry.
    static func decode(_ entry: ComposeEntry, kind: Kind, project: String, decoder: inout ComposeDecoder) -> ComposeResource {
        let what = "\(kind.rawValue) `\(entry.name)`"
        let entries = decoder.mapping(entry.value, what) ?? []
        let keys: [ComposeSchema.Key] = switch kind {
        case .network: ComposeSchema.network
        case .volume: ComposeSchema.volume
        case .secret, .config: ComposeSchema.fileObject
        }
        decoder.checkKeys(entries, allowed: keys.map(\.name), in: what)
        var external = false
        var legacyName: String?
        if let externalNode = entry.value["external"] {
            if let options = externalNode.entries {
                // The old `external: {name: …}` form.
                external = true
                legacyName = options.first { $0.name == "name" }?.value.scalar?.string
            } else {
                external = decoder.bool(externalNode, "`external` of \(what)")?.value ?? false
            }
        }
        let declared = entry.value["name"].flatMap { decoder.string($0, "`name` of \(what)")?.value } ?? legacyName
        let resolvedName = declared ?? (external ? entry.name : "\(project)_\(entry.name)")
        var members: [(String, JSONValue)] = []
        for key in keys {
            switch key.name {
            case "name": members.append(("name", .string(resolvedName)))
            case "external": if external { members.append(("external", .bool(true))) }
            case "file":
                if let file = entry.value["file"].flatMap({ decoder.string($0, "`file` of \(what)") }) {
                    members.append(("file", .string(decoder.hostPath(file.value))))
                }
            default:
                if let value = entry.value[key.name],
                   var json = decoder.json(value, shape: key.shape, "`\(key.name)` of \(what)") {
                    if key.name == "driver_opts", kind == .volume { json = bindDevice(json, decoder: decoder) }
                    members.append((key.name, json))
                } else if key.alwaysPresent {
                    members.append((key.name, .object([])))
                }
            }
        }
        return ComposeResource(kind: kind, name: entry.name, location: entry.key.location, external: external,
                               resolvedName: resolvedName, node: entry.value, json: .object(members))
    }

    /// A local volume with `o: bind` mounts `device` from the host: Compose makes that path absolute.
    private static func bindDevice(_ options: JSONValue, decoder: ComposeDecoder) -> JSONValue {
        guard case .object(let members) = options, options["o"] == .string("bind"),
              case .string(let device)? = options["device"] else { return options }
        return .object(members.map { $0.0 == "device" ? ($0.0, .string(decoder.hostPath(device))) : $0 })
    }
}
