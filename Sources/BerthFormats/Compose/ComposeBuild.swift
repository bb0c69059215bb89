/// A service's `build`: where the image is built from (`build: ./dir`, or the object form).
public struct ComposeBuild: Sendable {
    /// The context as written (`.` when only other keys were given).
    public var context: ComposeValue<String>
    /// The context as Compose resolves it: an absolute directory, or a URL left as is.
    public var contextPath: String
    /// The Dockerfile as written, relative to the context; nil means `Dockerfile`.
    public var dockerfile: ComposeValue<String>?
    /// The build stage to stop at (`target:`).
    public var target: ComposeValue<String>?
    /// `args` after resolving bare names from the environment (unset bare names are left out, as in Compose).
    public var arguments: [ComposeValue<ComposeVariable>]
    /// Where the `build:` value starts.
    public var location: SourceLocation
    /// Every key, normalised, in the order `docker compose config` prints them.
    var members: [(String, JSONValue)]

    /// The Dockerfile's path relative to the context (`Dockerfile` when not given).
    public var dockerfilePath: String { dockerfile?.value ?? "Dockerfile" }

    var json: JSONValue { .object(members) }

    static func parse(_ node: ComposeNode, service: String, decoder: inout ComposeDecoder) -> ComposeBuild? {
        let what = "the build of service `\(service)`"
        if node.scalar != nil {
            guard let context = decoder.string(node, what) else { return nil }
            return make(context: context, entries: [], node: node, what: what, decoder: &decoder)
        }
        guard let entries = decoder.mapping(node, what) else { return nil }
        decoder.checkKeys(entries, allowed: ComposeSchema.build.map(\.name), in: what)
        let context = node["context"].flatMap { decoder.string($0, "`context` of \(what)") }
            ?? ComposeValue(".", at: node.location)
        return make(context: context, entries: entries, node: node, what: what, decoder: &decoder)
    }

    private static func make(context: ComposeValue<String>, entries: [ComposeEntry], node: ComposeNode,
                             what: String, decoder: inout ComposeDecoder) -> ComposeBuild {
        let isRemote = context.value.contains("://") || context.value.hasPrefix("git@")
        var build = ComposeBuild(context: context, contextPath: isRemote ? context.value : decoder.hostPath(context.value),
                                 arguments: [], location: node.location, members: [])
        build.dockerfile = node["dockerfile"].flatMap { decoder.string($0, "`dockerfile` of \(what)") }
        build.target = node["target"].flatMap { decoder.string($0, "`target` of \(what)") }
        if let argsNode = node["args"] {
            build.arguments = ComposeVariable.parse(argsNode, "`args` of \(what)", decoder: &decoder)
                .compactMap { argument in
                    if argument.value.value != nil { return argument }
                    guard let value = decoder.environment[argument.value.name] else { return nil }
                    return ComposeValue(ComposeVariable(name: argument.value.name, value: value), at: argument.location)
                }
        }
        for key in ComposeSchema.build {
            switch key.name {
            case "context":
                build.members.append(("context", .string(build.contextPath)))
            case "dockerfile":
                if build.dockerfile != nil || node["dockerfile_inline"] == nil {
                    build.members.append(("dockerfile", .string(build.dockerfilePath)))
                }
            case "args":
                guard !build.arguments.isEmpty else { continue }
                let sorted = build.arguments.sorted { $0.value.name < $1.value.name }
                build.members.append(("args", .object(sorted.map { ($0.value.name, .string($0.value.value ?? "")) })))
            case "secrets":
                guard let secretsNode = node["secrets"] else { continue }
                let references = ComposeFileReference.parse(secretsNode, kind: .buildSecret, service: what,
                                                            decoder: &decoder)
                build.members.append(("secrets", .array(references.map(\.json))))
            default:
                guard let value = node[key.name], let json = decoder.json(value, shape: key.shape, "`\(key.name)` of \(what)")
                else { continue }
                build.members.append((key.name, json))
            }
        }
        return build
    }
}
