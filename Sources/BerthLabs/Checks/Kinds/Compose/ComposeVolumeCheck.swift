import BerthFormats

/// `kind: compose-volume`: something is mounted at a path in the service's containers:
/// optionally a named volume declared at the top level (not a bind mount), a given source,
/// read-only. A bind-mounted file or folder must exist in the repository.
///
/// ```yaml
/// kind: compose-volume
/// service: db
/// target: /docker-entrypoint-initdb.d/init.sql
/// source: ./init.sql          # optional: a path beside the compose file, or a volume's name
/// named: true                 # optional: a named volume, declared under the top-level volumes:
/// read-only: true             # optional
/// ```
public struct ComposeVolumeCheck: StaticCheck {
    public static let kind = "compose-volume"

    var target: ComposeServiceTarget
    public var path: String
    public var source: String?
    public var named: Bool
    public var readOnly: Bool

    public init?(_ fields: inout ManifestFields) {
        let target = ComposeServiceTarget(&fields)
        let path = fields.string("target", "the path inside the container, like /data")
        source = fields.optionalString("source")
        named = fields.bool("named") ?? false
        readOnly = fields.bool("read-only") ?? false
        guard let target, let path else { return nil }
        self.target = target
        self.path = Self.cleaned(path)
    }

    public func evaluate(in repository: StudentRepository) -> CheckOutcome {
        var expected = named ? "a named volume" : "a volume"
        if let source { expected += " from `\(source)`" }
        expected += " mounted at \(path) in \(target.selector)" + (readOnly ? ", read-only" : "")
        return target.evaluate(in: repository, expected: expected) { compose, service in
            guard let mount = service.volumes.first(where: { Self.cleaned($0.target) == path }) else {
                return .fail(at: service.location(of: "volumes"), expected: expected, found: missing(in: service))
            }
            let written = Self.quote(mount)
            if let problem = problem(with: mount, in: compose, repository: repository) {
                return .fail(at: mount.location, expected: expected, found: "\(written) \(problem)")
            }
            return .pass(at: mount.location, expected: expected, found: written)
        }
    }

    /// What is wrong with the mount at the right target, in words; nil when nothing is.
    private func problem(with mount: ComposeMount, in compose: ComposeFile, repository: StudentRepository) -> String? {
        if named {
            switch mount.kind {
            case .bind: return "is a bind mount of a host path, not a named volume"
            case .volume where mount.isAnonymous: return "is an anonymous volume: give it a name and declare it under the top-level `volumes:`"
            case .volume: break
            default: return "is a \(mount.kind.rawValue) mount, not a named volume"
            }
            if let name = mount.volumeName, compose.volume(named: name) == nil {
                return "uses the volume `\(name)`, which is not declared under the top-level `volumes:`"
            }
        }
        if let source, let written = mount.writtenSource, StudentRepository.normalized(written) != StudentRepository.normalized(source) {
            return "mounts `\(written)`, not `\(source)`"
        }
        if let written = mount.writtenSource, mount.kind == .bind, written.hasPrefix("."),
           repository.entry(at: target.file.path(written)) == .missing {
            return "mounts `\(written)`, which is not in the repository: Docker would create an empty folder in its place"
        }
        if source != nil, mount.writtenSource == nil { return "has no source" }
        if readOnly, !mount.readOnly { return "is writable: add `:ro` (or `read_only: true`)" }
        return nil
    }

    /// Why nothing is mounted at the path, naming a near miss (`/var/lib/postgres/data`).
    private func missing(in service: ComposeService) -> String {
        let targets = service.volumes.map(\.target)
        guard !targets.isEmpty else { return "`\(service.name)` has no `volumes:`" }
        if let close = NameSuggestion.closest(to: path, among: targets) {
            return "a mount at \(close) (the task asks for \(path))"
        }
        return "nothing mounted at \(path); `volumes:` mounts at " + targets.joined(separator: ", ")
    }

    /// `./init.sql:/docker-entrypoint-initdb.d/init.sql:ro` as written, or the long form's parts.
    static func quote(_ mount: ComposeMount) -> String {
        if let written = mount.shortSyntax?.written { return "`\(written)`" }
        return "`source: \(mount.writtenSource ?? "(none)"), target: \(mount.target)`"
    }

    /// `/data/` and `/data` are the same mount point.
    static func cleaned(_ path: String) -> String {
        var path = path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }
}
