import BerthFormats

/// Which service of a compose file a check is about, as `lab.yaml` names it:
///
/// ```yaml
/// service: backend                 # by name
/// service: [back-end, backend]     # any of these names
/// service: {image: nginx}          # the service whose image repository is nginx
/// service: {build: backend}        # the service built from the folder backend
/// ```
public struct ComposeServiceSelector: Sendable, Equatable, CustomStringConvertible {
    public enum Rule: Sendable, Equatable {
        case names([String])
        case image(String)
        case build(String)
    }

    public var rule: Rule

    public init(_ rule: Rule) {
        self.rule = rule
    }

    /// Reads the required `key` of a check; problems go to `fields`.
    static func decode(_ key: String, from fields: inout ManifestFields) -> ComposeServiceSelector? {
        guard let node = fields.value(key) else {
            // Records "needs `service:`" with the check's position.
            _ = fields.string(key, "a service name, a list of names, {image: NAME} or {build: FOLDER}")
            return nil
        }
        return decode(node, key: key, fields: &fields)
    }

    /// Reads one selector written as `node` (a name, a list of names, or an image/build mapping).
    static func decode(_ node: ComposeNode, key: String, fields: inout ManifestFields) -> ComposeServiceSelector? {
        if let name = node.scalar?.string, !name.isEmpty { return ComposeServiceSelector(.names([name])) }
        if let items = node.items {
            let names = items.compactMap { $0.scalar?.string }
            if !names.isEmpty, names.count == items.count { return ComposeServiceSelector(.names(names)) }
        }
        if let entries = node.entries, entries.count == 1, let value = entries[0].value.scalar?.string, !value.isEmpty {
            switch entries[0].name {
            case "image": return ComposeServiceSelector(.image(value.lowercased()))
            case "build": return ComposeServiceSelector(.build(StudentRepository.normalized(value)))
            default: break
            }
        }
        fields.invalid(node, "`\(key):` of \(fields.subject) is a service name, a list of names, {image: NAME} or {build: FOLDER}")
        return nil
    }

    /// True when `service` is the one meant.
    public func matches(_ service: ComposeService) -> Bool {
        switch rule {
        case .names(let names): names.contains(service.name)
        case .image(let image): service.imageName == image
        case .build(let folder): service.build.map { StudentRepository.normalized($0.context.value) == folder } ?? false
        }
    }

    /// The first service of `file` that is meant.
    public func service(in file: ComposeFile) -> ComposeService? {
        file.services.first(where: matches)
    }

    /// The service in words: "service `backend`", "the service built from `backend`".
    public var description: String {
        switch rule {
        case .names(let names): "service " + names.map { "`\($0)`" }.joined(separator: " or ")
        case .image(let image): "the service running image `\(image)`"
        case .build(let folder): "the service built from `\(folder.isEmpty ? "." : folder)`"
        }
    }

    /// What a student sees when no service is meant: the services there are, and a near
    /// miss named as such (`frontend` where the task asks for `front-end`).
    func notFound(in file: ComposeFile) -> String {
        guard !file.services.isEmpty else { return "no services at all in \(file.path)" }
        let listed = "the services are " + file.services.map(Self.summary).joined(separator: ", ")
        switch rule {
        case .names(let names):
            if let miss = Self.nearMiss(names, among: file.serviceNames) {
                return "service `\(miss.found)` (the task asks for `\(miss.wanted)`); \(listed)"
            }
            return "no service `\(names[0])`; \(listed)"
        case .image(let image):
            let images = file.services.compactMap(\.imageName)
            if let miss = Self.nearMiss([image], among: images) {
                return "image `\(miss.found)` (the task asks for `\(miss.wanted)`); \(listed)"
            }
            return "no service runs image `\(image)`; \(listed)"
        case .build(let folder):
            let contexts = file.services.compactMap { $0.build.map { StudentRepository.normalized($0.context.value) } }
            if let miss = Self.nearMiss([folder], among: contexts) {
                return "a build from `\(miss.found)` (the task asks for `\(miss.wanted)`); \(listed)"
            }
            return "no service is built from `\(folder.isEmpty ? "." : folder)`; \(listed)"
        }
    }

    /// "`web` (build ./web)", "`db` (image postgres:16)": a service as a list shows it.
    static func summary(_ service: ComposeService) -> String {
        if let build = service.build { return "`\(service.name)` (build \(build.context.value))" }
        if let image = service.image { return "`\(service.name)` (image \(image.value))" }
        return "`\(service.name)`"
    }

    /// The first wanted name that is a plausible typo of one that exists.
    static func nearMiss(_ wanted: [String], among existing: [String]) -> (wanted: String, found: String)? {
        for name in wanted {
            if let found = NameSuggestion.closest(to: name, among: existing), found != name { return (name, found) }
        }
        return nil
    }
}
