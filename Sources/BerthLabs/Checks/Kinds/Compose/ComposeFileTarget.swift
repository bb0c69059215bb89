import BerthFormats

/// The compose file a check reads: the one in `directory:` (the repository's root by
/// default), under any name `docker compose` accepts.
struct ComposeFileTarget: Sendable {
    /// The folder, relative to the repository; "" for its root.
    var directory: String

    init(_ fields: inout ManifestFields) {
        directory = StudentRepository.normalized(fields.optionalString("directory") ?? "")
    }

    /// `path` inside the compose file's folder, as a repository path.
    func path(_ path: String) -> String {
        let relative = StudentRepository.normalized(path)
        guard !directory.isEmpty else { return relative }
        return relative.isEmpty ? directory : directory + "/" + relative
    }

    /// Runs `body` on the parsed compose file; a missing or unparsable file fails with
    /// the reason, since nothing else in it can be checked.
    func evaluate(in repository: StudentRepository, expected: String,
                  _ body: (ComposeFile) -> CheckOutcome) -> CheckOutcome {
        switch repository.composeFile(in: directory) {
        case .failure(let error):
            return Self.stopped(error, expected: expected)
        case .success(let file):
            // Without a root (a YAML syntax error, an alias bomb) there is no model to look at.
            if file.root == nil, let error = file.errors.first(where: { $0.severity == .error }) {
                return Self.stopped(error, expected: expected)
            }
            return body(file)
        }
    }

    private static func stopped(_ error: ParseError, expected: String) -> CheckOutcome {
        var outcome = CheckOutcome.unreadable(error, expected: expected)
        outcome.found += "; nothing else in it could be checked"
        return outcome
    }
}
