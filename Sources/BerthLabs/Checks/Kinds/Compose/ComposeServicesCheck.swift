import BerthFormats

/// `kind: compose-services`: the compose file declares every service named.
///
/// ```yaml
/// kind: compose-services
/// directory: task4            # where the compose file is; the repository's root by default
/// names: [back-end, front-end]
/// ```
public struct ComposeServicesCheck: StaticCheck {
    public static let kind = "compose-services"

    var target: ComposeFileTarget
    public var names: [String]

    public init?(_ fields: inout ManifestFields) {
        target = ComposeFileTarget(&fields)
        guard let names = fields.listOfAtLeastOne("names", "the service names that must exist") else { return nil }
        self.names = names
    }

    public func evaluate(in repository: StudentRepository) -> CheckOutcome {
        let expected = "services " + names.map { "`\($0)`" }.joined(separator: ", ")
        return target.evaluate(in: repository, expected: expected) { compose in
            for name in names where compose.service(named: name) == nil {
                let selector = ComposeServiceSelector(.names([name]))
                return .fail(at: compose.servicesLocation, expected: "a service `\(name)`",
                             found: selector.notFound(in: compose))
            }
            return .pass(at: compose.servicesLocation, expected: expected,
                         found: "services " + compose.serviceNames.map { "`\($0)`" }.joined(separator: ", "))
        }
    }
}
