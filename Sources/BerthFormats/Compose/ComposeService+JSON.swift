extension ComposeService {
    /// The service as `docker compose config --format json` prints it, keys in its order.
    var json: JSONValue {
        var members: [(String, JSONValue)] = []
        for key in ComposeSchema.service {
            if let value = member(key.name) { members.append((key.name, value)) }
        }
        return .object(members)
    }

    private func member(_ key: String) -> JSONValue? {
        switch key {
        case "build": return build?.json
        case "command": return command?.json ?? .null
        case "entrypoint": return entrypoint?.json ?? .null
        case "configs": return configs.isEmpty ? nil : .array(configs.map(\.json))
        case "secrets": return secrets.isEmpty ? nil : .array(secrets.map(\.json))
        case "depends_on":
            let all = dependsOn + implicitDependencies.filter { implicit in
                !dependsOn.contains { $0.service.value == implicit.service.value }
            }
            guard !all.isEmpty else { return nil }
            var byName: [String: JSONValue] = [:]
            for dependency in all where byName[dependency.service.value] == nil {
                byName[dependency.service.value] = dependency.json
            }
            return .object(byName.keys.sorted().compactMap { name in byName[name].map { (name, $0) } })
        case "environment":
            guard !environment.isEmpty else { return nil }
            return .object(environment.sorted { $0.name < $1.name }.map { ($0.name, $0.value.map(JSONValue.string) ?? .null) })
        case "env_file": return nil  // Compose reads the files into `environment` and drops the key.
        case "expose": return expose.isEmpty ? nil : .array(expose.map { .string($0.value) })
        case "healthcheck": return healthcheck?.json
        case "networks":
            if networks.isEmpty { return usesDefaultNetwork ? .object([("default", .null)]) : nil }
            return .object(networks.map { ($0.name.value, $0.options ?? .null) })
        case "ports": return ports.isEmpty ? nil : .array(ports.map(\.json))
        case "volumes": return volumes.isEmpty ? nil : .array(volumes.map(\.json))
        case "pull_policy":
            return normalized[key] == .string("if_not_present") ? .string("missing") : normalized[key]
        default: return normalized[key]
        }
    }

    /// Dependencies Compose adds for `links`, `network_mode: service:x` (and ipc, pid…) and `volumes_from`.
    private var implicitDependencies: [ComposeDependency] {
        var implicit = links.map { ComposeDependency(service: $0.service, condition: nil, restart: true, required: true) }
        for key in ["network_mode", "ipc", "pid", "uts", "cgroup"] {
            guard let scalar = node[key]?.scalar, let text = scalar.string, text.hasPrefix("service:") else { continue }
            implicit.append(ComposeDependency(service: ComposeValue(String(text.dropFirst("service:".count)), at: scalar.location),
                                              condition: nil, restart: true, required: true))
        }
        for item in node["volumes_from"]?.items ?? [] {
            guard let scalar = item.scalar, let text = scalar.string, !text.hasPrefix("container:") else { continue }
            let name = text.split(separator: ":").first.map(String.init) ?? text
            implicit.append(ComposeDependency(service: ComposeValue(name, at: scalar.location),
                                              condition: nil, restart: false, required: true))
        }
        return implicit
    }
}
