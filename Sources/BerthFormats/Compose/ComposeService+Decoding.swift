extension ComposeService {
    /// Reads one `services:` entry, reporting what is wrong and keeping what is right.
    static func decode(_ entry: ComposeEntry, decoder: inout ComposeDecoder) -> ComposeService {
        var service = ComposeService(name: entry.name, location: entry.key.location, node: entry.value)
        let what = "service `\(entry.name)`"
        guard let entries = decoder.mapping(entry.value, what) else { return service }
        decoder.checkKeys(entries, allowed: ComposeSchema.service.map(\.name), in: what, moved: ComposeKeySuggestion.movedServiceKeys)
        let node = entry.value
        func text(_ key: String) -> ComposeValue<String>? {
            node[key].flatMap { decoder.string($0, "`\(key)` of \(what)") }
        }
        service.image = text("image")
        service.containerName = text("container_name")
        service.restart = text("restart")
        service.networkMode = text("network_mode")
        service.user = text("user")
        service.workingDirectory = text("working_dir")
        service.scale = node["scale"].flatMap { decoder.int($0, "`scale` of \(what)") }
        service.replicas = node["deploy"]?["replicas"].flatMap { decoder.int($0, "`deploy.replicas` of \(what)") }
        if let build = node["build"] { service.build = ComposeBuild.parse(build, service: entry.name, decoder: &decoder) }
        if let command = node["command"] {
            service.command = ComposeCommand.parse(command, "`command` of \(what)", decoder: &decoder)
        }
        if let entrypoint = node["entrypoint"] {
            service.entrypoint = ComposeCommand.parse(entrypoint, "`entrypoint` of \(what)", decoder: &decoder)
        }
        if let ports = node["ports"] { service.ports = decodePorts(ports, what: what, decoder: &decoder) }
        if let expose = node["expose"] {
            service.expose = (decoder.sequence(expose, "`expose` of \(what)") ?? []).compactMap {
                decoder.scalar($0, "an item of `expose` of \(what)")
            }
        }
        if let envFiles = node["env_file"] {
            service.envFiles = ComposeEnvFile.parse(envFiles, service: entry.name, decoder: &decoder)
        }
        if node["environment"] != nil || !service.envFiles.isEmpty {
            service.environment = decoder.environment(envFiles: service.envFiles, node: node["environment"],
                                                      service: entry.name)
        }
        if let volumes = node["volumes"] { service.volumes = decodeMounts(volumes, service: entry.name, decoder: &decoder) }
        if let dependsOn = node["depends_on"] {
            service.dependsOn = ComposeDependency.parse(dependsOn, service: entry.name, decoder: &decoder)
        }
        if let healthcheck = node["healthcheck"] {
            service.healthcheck = ComposeHealthcheck.parse(healthcheck, service: entry.name, decoder: &decoder)
        }
        if let networks = node["networks"] {
            service.networks = ComposeServiceNetwork.parse(networks, service: entry.name, decoder: &decoder)
        }
        if let secrets = node["secrets"] {
            service.secrets = ComposeFileReference.parse(secrets, kind: .secret, service: what, decoder: &decoder)
        }
        if let configs = node["configs"] {
            service.configs = ComposeFileReference.parse(configs, kind: .config, service: what, decoder: &decoder)
        }
        service.profiles = node["profiles"]?.items?.compactMap { $0.scalar.flatMap { scalar in
            scalar.string.map { ComposeValue($0, at: scalar.location) }
        } } ?? []
        service.links = node["links"]?.items?.compactMap { item -> ComposeLink? in
            guard let scalar = item.scalar, let text = scalar.string else { return nil }
            let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
            return ComposeLink(service: ComposeValue(parts.first ?? text, at: scalar.location),
                               alias: parts.count > 1 ? parts[1] : nil)
        } ?? []
        // `extends` may bring the image from elsewhere and a `provider` service runs none.
        if service.image == nil, service.build == nil, node["extends"] == nil, node["provider"] == nil {
            decoder.problem("\(what) has neither `image:` nor `build:`, so Compose cannot create its container; add `image: name:tag` or `build: ./folder`",
                            at: entry.key.location)
        }
        if let extends = node.entry("extends") {
            decoder.warning("berth does not follow `extends`: checks see \(what) only as written here, without the keys it would inherit",
                            at: extends.key.location)
        }
        service.validate(decoder: &decoder)
        for key in ComposeSchema.service {
            if case .model = key.shape { continue }
            guard let value = node[key.name], let json = decoder.json(value, shape: key.shape, "`\(key.name)` of \(what)")
            else { continue }
            service.normalized[key.name] = json
        }
        return service
    }

    private static func decodePorts(_ node: ComposeNode, what: String, decoder: inout ComposeDecoder) -> [ComposePort] {
        let context = "`ports` of \(what)"
        var ports: [ComposePort] = []
        for item in decoder.sequence(node, context) ?? [] {
            if let entries = item.entries {
                decoder.checkKeys(entries, allowed: ComposeSchema.port, in: context)
                guard let targetNode = item["target"], let target = decoder.int(targetNode, "`target` in \(context)") else {
                    decoder.problem("a port in long form needs a `target`: the port inside the container", at: item.location)
                    continue
                }
                func text(_ key: String) -> String? { item[key].flatMap { decoder.string($0, "`\(key)` in \(context)")?.value } }
                let published = item["published"].flatMap { decoder.scalar($0, "`published` in \(context)")?.value }
                if let address = item["host_ip"], let text = address.scalar?.string, !ComposeIPAddress.isValid(text) {
                    decoder.problem("`\(text)` is not an IP address (in \(context))", at: address.location)
                }
                ports.append(ComposePort(target: target.value, published: published, hostIP: text("host_ip"),
                                         transport: text("protocol") ?? "tcp", mode: text("mode") ?? "ingress",
                                         name: text("name"), appProtocol: text("app_protocol"), location: item.location))
                continue
            }
            guard let scalar = item.scalar, let spec = decoder.scalar(item, "an item of \(context)") else { continue }
            switch ComposePort.expand(spec.value, at: spec.location, written: scalar) {
            case .success(let expanded): ports += expanded
            case .failure(let error): decoder.problem("\(error.message) (in \(context))", at: spec.location)
            }
        }
        return ports
    }

    private static func decodeMounts(_ node: ComposeNode, service: String, decoder: inout ComposeDecoder) -> [ComposeMount] {
        let context = "`volumes` of service `\(service)`"
        var mounts: [ComposeMount] = []
        for item in decoder.sequence(node, context) ?? [] {
            if let entries = item.entries {
                if let mount = ComposeMount.parse(long: item, entries: entries, decoder: &decoder, service: service) {
                    mounts.append(mount)
                }
                continue
            }
            guard let scalar = item.scalar, let spec = decoder.string(item, "an item of \(context)") else { continue }
            switch ComposeMount.parse(short: spec.value, scalar: scalar, decoder: decoder) {
            case .success(let mount): mounts.append(mount)
            case .failure(let error): decoder.problem("\(error.message) (in \(context))", at: spec.location)
            }
        }
        return mounts
    }
}
