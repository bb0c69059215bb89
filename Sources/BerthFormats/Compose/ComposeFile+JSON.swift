extension ComposeFile {
    /// The normalised model in the shape `docker compose config --format json` prints
    /// (without the project `name`): what `berth parse compose FILE --json` shows.
    ///
    /// Like Compose, it leaves out services of inactive profiles and top-level resources
    /// no printed service uses, adds the implicit `default` network, and writes every `$`
    /// in a value as `$$`.
    public func json() -> JSONValue {
        let printed = enabledServices
        var members: [(String, JSONValue)] = []
        let usedConfigs = Set(printed.flatMap { $0.configs.map(\.source.value) })
        let config = used(configs, named: usedConfigs)
        if !config.isEmpty { members.append(("configs", .object(config))) }

        var usedNetworks = Set<String>()
        for service in printed {
            usedNetworks.formUnion(service.networks.map(\.name.value))
            if service.usesDefaultNetwork { usedNetworks.insert("default") }
        }
        var printedNetworks = used(networks, named: usedNetworks)
        if usedNetworks.contains("default"), network(named: "default") == nil {
            printedNetworks.append(("default", .object([("name", .string("\(projectName)_default")),
                                                       ("ipam", .object([]))])))
            printedNetworks.sort { $0.0 < $1.0 }
        }
        if !printedNetworks.isEmpty { members.append(("networks", .object(printedNetworks))) }

        let usedSecrets = Set(printed.flatMap { $0.secrets.map(\.source.value) })
        let secret = used(secrets, named: usedSecrets)
        if !secret.isEmpty { members.append(("secrets", .object(secret))) }

        members.append(("services", .object(printed.sorted { $0.name < $1.name }.map { ($0.name, $0.json) })))

        let usedVolumes = Set(printed.flatMap { $0.volumes.compactMap(\.volumeName) })
        let volume = used(volumes, named: usedVolumes)
        if !volume.isEmpty { members.append(("volumes", .object(volume))) }

        // Top-level `x-` fields are printed as written (sorted, as Go maps are); a service's own are not.
        let extensions = (root?.entries ?? []).filter { $0.name.hasPrefix("x-") }.sorted { $0.name < $1.name }
        members += extensions.map { ($0.name, ComposeDecoder.plain($0.value)) }
        return ComposeFile.escapingDollars(.object(members))
    }

    private func used(_ resources: [ComposeResource], named names: Set<String>) -> [(String, JSONValue)] {
        resources.filter { names.contains($0.name) }.sorted { $0.name < $1.name }.map { ($0.name, $0.json) }
    }

    /// Compose prints values re-escaped, so they read back unchanged: `$` becomes `$$`.
    static func escapingDollars(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let text):
            return text.contains("$") ? .string(text.split(separator: "$", omittingEmptySubsequences: false)
                .joined(separator: "$$")) : value
        case .array(let items): return .array(items.map(escapingDollars))
        case .object(let members): return .object(members.map { ($0.0, escapingDollars($0.1)) })
        default: return value
        }
    }
}
