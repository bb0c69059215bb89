import BerthFormats

/// The service a check is about, in the compose file of `directory:`.
struct ComposeServiceTarget: Sendable {
    var file: ComposeFileTarget
    var selector: ComposeServiceSelector

    init?(_ fields: inout ManifestFields) {
        file = ComposeFileTarget(&fields)
        guard let selector = ComposeServiceSelector.decode("service", from: &fields) else { return nil }
        self.selector = selector
    }

    /// Runs `body` on the service; a missing service fails at the file's `services:` key,
    /// listing the services there are.
    func evaluate(in repository: StudentRepository, expected: String,
                  _ body: (ComposeFile, ComposeService) -> CheckOutcome) -> CheckOutcome {
        file.evaluate(in: repository, expected: expected) { compose in
            guard let service = selector.service(in: compose) else {
                return .fail(at: compose.servicesLocation, expected: expected, found: selector.notFound(in: compose))
            }
            return body(compose, service)
        }
    }
}
