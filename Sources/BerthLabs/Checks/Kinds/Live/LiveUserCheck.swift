import BerthLive

/// `kind: live-user`: the service's main process does not run as root (`id -u` inside it).
///
/// ```yaml
/// kind: live-user
/// image: backend          # or service: backend, in the compose stack
/// publish: ["5252:5252"]
/// ```
public struct LiveUserCheck: LiveCheck {
    public static let kind = "live-user"

    public var service: String
    public var target: LiveTarget

    public init?(_ fields: inout ManifestFields) {
        target = LiveTarget.read(&fields)
        if case .image = target {
            service = "app"
        } else {
            guard let name = fields.string("service", "the compose service to look inside") else { return nil }
            service = name
        }
    }

    public func evaluate(on session: LiveSession) -> CheckOutcome {
        let expected = "the process in \(target == .compose ? "service \(service)" : target.phrase) to run as a user other than root"
        return session.withTarget(target, expected: expected) { project in
            let id = project.exec(service, ["id", "-u"])
            let uid = id.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            guard id.succeeded, let number = Int(uid) else {
                return .fail(at: nil, expected: expected, found: "`id -u` could not run in it: \(id.tail(2))")
            }
            return number == 0
                ? .fail(at: nil, expected: expected, found: "it runs as root (uid 0)")
                : .pass(at: nil, expected: expected, found: "it runs as uid \(number)")
        }
    }
}
