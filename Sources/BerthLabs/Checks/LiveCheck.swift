/// A kind of check that builds and starts the student's stack and probes it from outside,
/// as a user of the stack would (`--live`). Its parameters are read when the lab loads; it
/// runs only when the task's static checks passed.
public protocol LiveCheck: Sendable {
    static var kind: String { get }
    init?(_ fields: inout ManifestFields)
    /// What must be running for it.
    var target: LiveTarget { get }
    /// Probes the running target and says what it expected and what it found.
    func evaluate(on session: LiveSession) -> CheckOutcome
}

/// What a live check runs: the repository's compose stack, or one folder's image alone
/// (before the student has a compose file), with some ports published.
public enum LiveTarget: Hashable, Sendable {
    case compose
    /// `environment` is an env file of the repository, as `docker run --env-file` takes it.
    case image(folder: String, ports: [String], environment: String?)

    /// `image: backend`, `publish: ["5252:5252"]` and `env-file: backend.env` when given,
    /// else the compose stack.
    static func read(_ fields: inout ManifestFields) -> LiveTarget {
        guard let folder = fields.optionalString("image") else { return .compose }
        return .image(folder: folder, ports: fields.strings("publish"), environment: fields.optionalString("env-file"))
    }

    var phrase: String {
        switch self {
        case .compose: "the compose stack"
        case .image(let folder, _, _): "the image built from \(folder)/"
        }
    }
}
