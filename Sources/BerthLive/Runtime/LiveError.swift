/// Why a live run could not go on: the machine lacks something (berth exits 3 with the
/// paragraph), or the student's stack did not build or start (a check failure with the
/// output's end).
public enum LiveError: Error, CustomStringConvertible, Sendable {
    /// No Docker CLI, no engine, or only Compose v1: what to install or start.
    case environment(String)
    /// The stack did not build or come up: what compose said, and the last lines of output.
    case stack(String)
    /// Ctrl-C or SIGTERM: the run was stopped and torn down.
    case interrupted

    public var description: String {
        switch self {
        case .environment(let text), .stack(let text): text
        case .interrupted: "interrupted; everything the run started was removed"
        }
    }
}
