import BerthFormats

/// `kind: compose-replicas`: Compose starts at least `minimum` containers of the service
/// (`deploy.replicas` or `scale`), and nothing on it blocks that: `container_name` and a
/// fixed host port can each belong to one container only, so Compose refuses both.
///
/// ```yaml
/// kind: compose-replicas
/// service: backend
/// minimum: 3
/// ```
public struct ComposeReplicasCheck: StaticCheck {
    public static let kind = "compose-replicas"

    var target: ComposeServiceTarget
    public var minimum: Int

    public init?(_ fields: inout ManifestFields) {
        let target = ComposeServiceTarget(&fields)
        if !fields.has("minimum") { _ = fields.string("minimum", "the least number of containers, like 3") }
        guard let target, let minimum = fields.integer("minimum", in: 1...1_000) else { return nil }
        self.target = target
        self.minimum = minimum
    }

    public func evaluate(in repository: StudentRepository) -> CheckOutcome {
        let expected = "at least \(minimum) containers of \(target.selector) (`deploy.replicas: \(minimum)`)"
        return target.evaluate(in: repository, expected: expected) { compose, service in
            let count = service.instanceCount
            let setting = service.scale.map { ("`scale: \($0.value)`", $0.location) }
                ?? service.replicas.map { ("`deploy.replicas: \($0.value)`", $0.location) }
            let blocker = Self.blocker(on: service)
            guard count >= minimum else {
                var found = setting?.0 ?? "no `deploy.replicas` or `scale`, so one container"
                let copies = Self.copies(of: service, in: compose)
                if !copies.isEmpty {
                    found += "; " + copies.map { "`\($0)`" }.joined(separator: ", ")
                        + " repeat this service by hand, which is not scaling: one service with replicas is"
                }
                if let blocker { found += "; \(blocker.found) would also block scaling" }
                return .fail(at: setting?.1 ?? service.location, expected: expected, found: found)
            }
            if let blocker {
                return .fail(at: blocker.location, expected: expected,
                             found: "\(blocker.found) with \(count) replicas: Compose refuses to start more than one container with it")
            }
            return .pass(at: setting?.1 ?? service.location, expected: expected, found: setting?.0 ?? "\(count) containers")
        }
    }

    /// What ties the service to a single container: a fixed name or a single host port.
    static func blocker(on service: ComposeService) -> (location: SourceLocation, found: String)? {
        if let name = service.containerName {
            return (name.location, "`container_name: \(name.value)`")
        }
        if let port = service.ports.first(where: { $0.publishedRange?.count == 1 }) {
            return (port.location, "the fixed host port \(ComposePortsCheck.quote(port))")
        }
        return nil
    }

    /// Other services built from the same folder or running the same image: copies made by hand.
    static func copies(of service: ComposeService, in compose: ComposeFile) -> [String] {
        compose.services.filter { other in
            guard other.name != service.name else { return false }
            if let build = service.build, let otherBuild = other.build {
                return StudentRepository.normalized(build.context.value) == StudentRepository.normalized(otherBuild.context.value)
            }
            return service.build == nil && other.build == nil && service.image != nil && other.image?.value == service.image?.value
        }.map(\.name)
    }
}
