import BerthLive

/// `kind: live-output`: the image built from a folder, run once, prints exactly this.
///
/// ```yaml
/// kind: live-output
/// image: first-image
/// output: "Hello, World!"
/// ```
public struct LiveOutputCheck: LiveCheck {
    public static let kind = "live-output"

    public var folder: String
    public var output: String
    public var target: LiveTarget { .image(folder: folder, ports: [], environment: nil) }

    public init?(_ fields: inout ManifestFields) {
        let folder = fields.string("image", "the folder whose Dockerfile is built and run")
        let output = fields.string("output", "what the container prints")
        guard let folder, let output else { return nil }
        self.folder = folder
        self.output = output
    }

    public func evaluate(on session: LiveSession) -> CheckOutcome {
        let expected = "the container built from \(folder)/ to print `\(output)`"
        switch session.runOnce(folder: folder) {
        case .failure(.interrupted):
            return CheckOutcome(.skipped, at: nil, expected: expected, found: session.stopReason ?? "the run was interrupted")
        case .failure(let error):
            return .fail(at: nil, expected: expected, found: error.description)
        case .success(let run):
            let printed = run.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            guard run.succeeded else {
                return .fail(at: nil, expected: expected, found: "it exited with status \(run.status): \(run.tail(5))")
            }
            return printed == output
                ? .pass(at: nil, expected: expected, found: "it printed `\(printed)`")
                : .fail(at: nil, expected: expected, found: printed.isEmpty ? "it printed nothing" : "it printed `\(printed.prefix(200))`")
        }
    }
}
