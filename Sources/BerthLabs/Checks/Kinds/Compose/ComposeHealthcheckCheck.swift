import BerthFormats

/// `kind: compose-healthcheck`: the service has an enabled health check with a `test:`,
/// optionally one whose command contains some text.
///
/// ```yaml
/// kind: compose-healthcheck
/// service: db
/// test-contains: pg_isready   # optional
/// ```
public struct ComposeHealthcheckCheck: StaticCheck {
    public static let kind = "compose-healthcheck"

    var target: ComposeServiceTarget
    public var testContains: String?

    public init?(_ fields: inout ManifestFields) {
        let target = ComposeServiceTarget(&fields)
        testContains = fields.optionalString("test-contains")
        guard let target else { return nil }
        self.target = target
    }

    public func evaluate(in repository: StudentRepository) -> CheckOutcome {
        let expected = "\(target.selector) with a `healthcheck:`" + (testContains.map { " whose test runs `\($0)`" } ?? "")
        return target.evaluate(in: repository, expected: expected) { _, service in
            guard let healthcheck = service.healthcheck else {
                return .fail(at: service.location, expected: expected, found: "`\(service.name)` has no `healthcheck:`")
            }
            guard healthcheck.isEnabled else {
                let written = healthcheck.disabled ? "`disable: true`" : "`test: [\"NONE\"]`"
                return .fail(at: healthcheck.test?.location ?? healthcheck.location, expected: expected,
                             found: "the health check is switched off: \(written)")
            }
            guard let test = healthcheck.test else {
                return .fail(at: healthcheck.location, expected: expected,
                             found: "a `healthcheck:` with no `test:`: it only sets the timing of a check the image would have to define")
            }
            let written = Self.quote(test, in: service)
            if let testContains, !healthcheck.command.joined(separator: " ").contains(testContains) {
                return .fail(at: test.location, expected: expected, found: written)
            }
            return .pass(at: test.location, expected: expected, found: written)
        }
    }

    /// The test as the student wrote it: `test: pg_isready` or `test: ["CMD", "redis-cli", "ping"]`.
    static func quote(_ test: ComposeValue<[String]>, in service: ComposeService) -> String {
        if service.node["healthcheck"]?["test"]?.scalar != nil, let command = test.value.last {
            return "`test: \(command)`"
        }
        return "`test: [" + test.value.map { "\"\($0)\"" }.joined(separator: ", ") + "]`"
    }
}
