import BerthFormats
import BerthLive

/// The live kinds, in the order a lab usually needs them.
public enum LiveChecks {
    public static let all: [any LiveCheck.Type] = [
        LiveOutputCheck.self, LiveHTTPCheck.self, LiveUserCheck.self, LiveRunningCheck.self, LiveSpreadCheck.self, LivePersistCheck.self,
        LiveShortLinkCheck.self,
        LiveLogCheck.self, LiveTLSCheck.self, LiveRedirectCheck.self, LiveBurstCheck.self, LiveReloadCheck.self,
    ]
}

extension LiveSession {
    /// Runs `probe` on the started target; a target that did not start fails the check with
    /// compose's own words, as the student would see them running it by hand.
    func withTarget(_ target: LiveTarget, expected: String,
                    _ probe: (ComposeProject) -> CheckOutcome) -> CheckOutcome {
        let stopped = { CheckOutcome(.skipped, at: nil, expected: expected, found: self.stopReason ?? "the run was interrupted") }
        if cancellation.isCancelled { return stopped() }
        switch project(for: target) {
        case .success(let project):
            let outcome = probe(project)
            // A probe cut short by the stop says nothing about the stack.
            return cancellation.isCancelled ? stopped() : outcome
        case .failure(.interrupted):
            return CheckOutcome(.skipped, at: nil, expected: expected, found: stopReason ?? "the run was interrupted")
        case .failure(let error):
            return .fail(at: nil, expected: expected, found: "\(target.phrase) did not start: \(error.description)")
        }
    }
}

/// Reads `url:` and refuses anything but http(s) on this machine: a lab's probe never leaves it.
func readLocalURL(_ key: String, _ fields: inout ManifestFields) -> String? {
    guard let url = fields.string(key, "an http:// or https:// URL on localhost") else { return nil }
    let lower = url.lowercased()
    let local = ["http://localhost", "https://localhost", "http://127.0.0.1", "https://127.0.0.1"]
    guard local.contains(where: { lower.hasPrefix($0 + ":") || lower.hasPrefix($0 + "/") || lower == $0 }) else {
        if let node = fields.node[key] { fields.invalid(node, "`\(key):` of \(fields.subject) must be a URL on localhost, not \(url)") }
        return nil
    }
    return url
}
