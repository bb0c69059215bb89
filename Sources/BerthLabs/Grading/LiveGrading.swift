import Foundation

/// How `berth grade --live` runs a repository's stack: a session per repository, made by the
/// caller (who can stop them all on Ctrl-C), and a time limit after which whatever is left
/// of it is skipped and torn down.
public struct LiveGrading: Sendable {
    public var makeSession: @Sendable (_ repository: String, _ purpose: String) -> LiveSession
    /// Seconds one repository may take, builds included.
    public var timeout: Double

    public init(timeout: Double, makeSession: @escaping @Sendable (_ repository: String, _ purpose: String) -> LiveSession) {
        self.timeout = timeout
        self.makeSession = makeSession
    }

    /// Runs `work` with a fresh session for `repository`, stopped at the time limit and
    /// always torn down.
    func run<Result>(repository: String, lab: String, _ work: (LiveSession) -> Result) -> Result {
        let name = URL(fileURLWithPath: repository).standardizedFileURL.lastPathComponent
        let session = makeSession(repository, "grade-\(lab)-\(name)")
        let limit = timeout
        let watchdog = DispatchWorkItem { [weak session] in
            session?.stop(because: "not run: the repository used up its \(Int(limit)) s for the live checks")
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        defer {
            watchdog.cancel()
            session.tearDown()
        }
        return work(session)
    }
}
