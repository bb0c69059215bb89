import BerthFormats

/// `kind: dockerfile-user`: the final stage runs as a user other than root. The last USER
/// counts, including one inherited from an earlier stage the final one is built on;
/// `root`, `0` and `0:0` are all root.
///
/// ```yaml
/// kind: dockerfile-user
/// path: backend/Dockerfile
/// ```
public struct DockerfileUserCheck: StaticCheck {
    public static let kind = "dockerfile-user"

    public var path: String

    public init?(_ fields: inout ManifestFields) {
        guard let path = fields.string("path", "the Dockerfile's path in the repository") else { return nil }
        self.path = path
    }

    public func evaluate(in repository: StudentRepository) -> CheckOutcome {
        let expected = "a USER other than root in the final stage"
        return DockerfileDocument.evaluate(path, in: repository, expected: expected) { document in
            let dockerfile = document.dockerfile
            guard let final = dockerfile.finalStage else {
                return .fail(at: repository.location(of: path), expected: expected, found: "no stage")
            }
            guard let user = dockerfile.effectiveUser(of: final),
                  let instruction = dockerfile.lineage(of: final).reversed().lazy.compactMap({ $0.last("USER") }).first
            else {
                return .fail(at: final.fromInstruction.location, expected: expected,
                             found: "no USER is set in \(dockerfile.label(of: final)), "
                                 + "so the container runs as the base image's user: root for nearly every image")
            }
            let quoted = document.quoteWithLine(instruction)
            guard user.word.isResolved else {
                return .fail(at: user.word.location, expected: expected,
                             found: "\(quoted): the user is only known at build time; give the ARG a default")
            }
            guard !user.isRoot else {
                let numeric = user.user == "0" ? " (uid 0 is root)" : ""
                return .fail(at: user.word.location, expected: expected,
                             found: "\(quoted)\(numeric): the container runs with full privileges; create a user and switch to it")
            }
            return .pass(at: user.word.location, expected: expected, found: quoted)
        }
    }
}
