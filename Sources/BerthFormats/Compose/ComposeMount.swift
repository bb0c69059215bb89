/// One entry of a service's `volumes`: a named volume, a bind mount of a host path, an
/// anonymous volume or a tmpfs, from the short form (`db-data:/var/lib/data:ro`,
/// `./src:/src`, `/cache`) or the long form.
public struct ComposeMount: Sendable {
    public enum Kind: String, Sendable, Hashable {
        case volume, bind, tmpfs, npipe, cluster, image
    }

    public var kind: Kind
    /// The volume name for named volumes, the absolute host path for binds, nil otherwise.
    public var source: String?
    /// The source exactly as written (`./src`, `db-data`), nil when there was none.
    public var writtenSource: String?
    /// The path inside the container.
    public var target: String
    public var readOnly: Bool
    public var location: SourceLocation
    /// The short-syntax scalar as written, or nil for the long form.
    public var shortSyntax: ComposeScalar?
    /// The `bind`, `volume`, `tmpfs` and `image` option objects, as `docker compose config` prints them.
    var options: [(String, JSONValue)] = []
    var consistency: String?

    /// The named volume this mount uses (nil for binds, tmpfs and anonymous volumes).
    public var volumeName: String? { kind == .volume ? source : nil }

    /// True for a volume without a name, which Docker creates afresh for each container.
    public var isAnonymous: Bool { kind == .volume && source == nil }

    var json: JSONValue {
        var members: [(String, JSONValue)] = [("type", .string(kind.rawValue))]
        if let source { members.append(("source", .string(source))) }
        members.append(("target", .string(target)))
        if readOnly { members.append(("read_only", .bool(true))) }
        if let consistency { members.append(("consistency", .string(consistency))) }
        return .object(members + options)
    }

    /// Reads the short form the way Compose splits it: on colons outside `${…}`, with a
    /// one-letter Windows drive kept whole, then `ro`/`rw`/`nocopy`/SELinux/propagation options.
    static func parse(short spec: String, scalar: ComposeScalar, decoder: ComposeDecoder) -> Result<ComposeMount, ComposeShortSyntaxError> {
        var mount = ComposeMount(kind: .volume, source: nil, writtenSource: nil, target: "", readOnly: false,
                                 location: scalar.location, shortSyntax: scalar)
        guard !spec.isEmpty else { return .failure(.init("a volume entry cannot be empty")) }
        if spec.count <= 2 {
            mount.target = spec
            mount.options = [("volume", .object([]))]
            return .success(mount)
        }
        var fields: [String] = []
        var buffer = ""
        var braces = 0
        var previous: Character?
        for character in spec {
            if character == "{", previous == "$" { braces += 1 }
            if character == "}", braces > 0 { braces -= 1 }
            let windowsDrive = character == ":" && buffer.count == 1 && (buffer.first?.isLetter ?? false) && fields.isEmpty
            if character == ":", braces == 0, !windowsDrive {
                fields.append(buffer)
                buffer = ""
            } else {
                buffer.append(character)
            }
            previous = character
        }
        fields.append(buffer)
        guard fields.count <= 3 else { return .failure(.init("`\(spec)` has too many colons; use source:target[:options]")) }
        guard !fields.contains(where: \.isEmpty) else { return .failure(.init("`\(spec)` has an empty part between colons")) }
        if fields.count == 1 {
            mount.target = fields[0]
        } else {
            mount.writtenSource = fields[0]
            mount.target = fields[1]
        }
        var bind: [(String, JSONValue)] = []
        var noCopy = false
        for option in fields.count == 3 ? fields[2].split(separator: ",").map(String.init) : [] {
            switch option {
            case "ro": mount.readOnly = true
            case "rw": mount.readOnly = false
            case "nocopy": noCopy = true
            case "z", "Z": bind.insert(("selinux", .string(option)), at: 0)
            case "rprivate", "private", "rshared", "shared", "rslave", "slave": bind.append(("propagation", .string(option)))
            default: continue  // Compose ignores options it does not know.
            }
        }
        if let source = mount.writtenSource, ComposeMount.isHostPath(source) {
            mount.kind = .bind
            mount.source = decoder.hostPath(source)
            bind.append(("create_host_path", .bool(true)))
            mount.options = [("bind", .object(bind))]
        } else {
            mount.source = mount.writtenSource
            if !bind.isEmpty { mount.options.append(("bind", .object(bind))) }
            mount.options.append(("volume", .object(noCopy ? [("nocopy", .bool(true))] : [])))
        }
        if mount.target.hasPrefix("/") { mount.target = ComposeDecoder.clean(mount.target) }
        return .success(mount)
    }

    /// Reads the long form (`type`, `source`, `target`, `read_only`, option objects).
    static func parse(long node: ComposeNode, entries: [ComposeEntry], decoder: inout ComposeDecoder,
                      service: String) -> ComposeMount? {
        let what = "a volume of service `\(service)`"
        decoder.checkKeys(entries, allowed: ComposeSchema.mount, in: what)
        guard let typeNode = node["type"], let typeText = decoder.string(typeNode, "`type` of \(what)") else {
            decoder.problem("\(what) in long form needs a `type` (volume, bind or tmpfs)", at: node.location)
            return nil
        }
        guard let kind = Kind(rawValue: typeText.value) else {
            decoder.problem("`\(typeText.value)` is not a volume type; use volume, bind, tmpfs, npipe, cluster or image",
                            at: typeText.location)
            return nil
        }
        guard let targetNode = node["target"], let target = decoder.string(targetNode, "`target` of \(what)") else {
            decoder.problem("\(what) needs a `target`: the path inside the container", at: node.location)
            return nil
        }
        let written = node["source"].flatMap { decoder.string($0, "`source` of \(what)")?.value }
        var mount = ComposeMount(kind: kind, source: written, writtenSource: written,
                                 target: target.value.hasPrefix("/") ? ComposeDecoder.clean(target.value) : target.value,
                                 readOnly: node["read_only"].flatMap { decoder.bool($0, "`read_only` of \(what)")?.value } ?? false,
                                 location: node.location, shortSyntax: nil)
        if kind == .bind, let written { mount.source = decoder.hostPath(written) }
        mount.consistency = node["consistency"].flatMap { decoder.string($0, "`consistency` of \(what)")?.value }
        for name in ["bind", "volume", "tmpfs", "image"] {
            guard let optionsNode = node[name], let keys = ComposeSchema.mountOptions[name],
                  let value = decoder.json(optionsNode, shape: .object(keys), "`\(name)` of \(what)") else { continue }
            mount.options.append((name, value))
        }
        return mount
    }

    /// Compose treats a source as a host path when it starts with `.`, `/` or `~` (or a Windows drive).
    static func isHostPath(_ source: String) -> Bool {
        guard let first = source.first else { return false }
        if first == "." || first == "/" || first == "~" || source.hasPrefix("\\\\") { return true }
        let scalars = Array(source)
        return scalars.count > 1 && first.isLetter && scalars[1] == ":"
    }
}
