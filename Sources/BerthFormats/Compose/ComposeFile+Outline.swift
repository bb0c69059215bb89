extension ComposeFile {
    /// A short human summary: each service and what it runs, one fact per line with the
    /// line and column it was read from (what `berth parse compose FILE` prints).
    public func outline() -> String {
        var lines = ["\(path): project \(projectName), \(services.count) service\(services.count == 1 ? "" : "s")"]
        func add(_ depth: Int, _ text: String, _ location: SourceLocation) {
            let position = "\(location.line):\(location.column)"
            lines.append(String(repeating: "  ", count: depth) + text + "  @" + position)
        }
        if let version { add(1, "version \(version.value) (obsolete)", version.location) }
        for service in services {
            add(1, "service \(service.name)", service.location)
            if let image = service.image { add(2, "image \(image.value)", image.location) }
            if let build = service.build {
                add(2, "build \(build.context.value) (\(build.dockerfilePath))", build.location)
            }
            if let command = service.command { add(2, "command \(command.arguments)", command.location) }
            if let entrypoint = service.entrypoint { add(2, "entrypoint \(entrypoint.arguments)", entrypoint.location) }
            for port in service.ports {
                let host = [port.hostIP, port.published].compactMap { $0 }.joined(separator: ":")
                add(2, "port \(host.isEmpty ? "" : host + " -> ")\(port.target)/\(port.transport)", port.location)
            }
            for exposed in service.expose { add(2, "expose \(exposed.value)", exposed.location) }
            for variable in service.environment {
                add(2, "environment \(variable.name)=\(variable.value ?? "(unset)")", variable.location)
            }
            for mount in service.volumes {
                add(2, "\(mount.kind.rawValue) \(mount.source ?? "(anonymous)") -> \(mount.target)\(mount.readOnly ? " (ro)" : "")",
                    mount.location)
            }
            for dependency in service.dependsOn {
                add(2, "depends_on \(dependency.service.value) (\(dependency.effectiveCondition))", dependency.service.location)
            }
            if let check = service.healthcheck {
                add(2, "healthcheck \(check.isEnabled ? check.test?.value.joined(separator: " ") ?? "(inherited)" : "disabled")",
                    check.location)
            }
            if let restart = service.restart { add(2, "restart \(restart.value)", restart.location) }
            if let replicas = service.replicas { add(2, "replicas \(replicas.value)", replicas.location) }
            if let scale = service.scale { add(2, "scale \(scale.value)", scale.location) }
            if let name = service.containerName { add(2, "container_name \(name.value)", name.location) }
            for network in service.networks { add(2, "network \(network.name.value)", network.name.location) }
        }
        for (title, resources) in [("network", networks), ("volume", volumes), ("secret", secrets), ("config", configs)] {
            for resource in resources {
                add(1, "\(title) \(resource.name)\(resource.external ? " (external)" : "")", resource.location)
            }
        }
        return lines.joined(separator: "\n")
    }
}
