import BerthFormats

/// A kind of check that reads the student's files and never runs them: one type per
/// `kind:` of `lab.yaml`, its parameters decoded and validated when the lab loads.
public protocol StaticCheck: Sendable {
    /// The `kind:` that names it in `lab.yaml`.
    static var kind: String { get }
    /// Reads the kind's own keys from the check's mapping; problems go to `fields`.
    /// Returns nil when a required key is missing or invalid.
    init?(_ fields: inout ManifestFields)
    /// Looks at the repository and says what it expected and what it found.
    func evaluate(in repository: StudentRepository) -> CheckOutcome
}
