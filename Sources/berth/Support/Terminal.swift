#if canImport(Glibc)
import Glibc
#endif

/// What berth knows about where its output goes, read once at start-up and passed down.
struct Terminal {
    var outputIsTerminal: Bool
    /// Columns and rows of the terminal; nil when stdout is not one and COLUMNS/LINES are unset.
    var columns: Int?
    var rows: Int?
    /// NO_COLOR is set to a non-empty value (https://no-color.org).
    var noColor: Bool
    var term: String
    /// The PAGER variable: nil when unset, "" when set empty (which turns paging off).
    var pager: String?

    static func current(environment: [String: String]) -> Terminal {
        let isTerminal = isatty(STDOUT_FILENO) == 1
        var size = winsize()
        let hasSize = isTerminal && ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0
        return Terminal(
            outputIsTerminal: isTerminal,
            columns: hasSize ? Int(size.ws_col) : environment["COLUMNS"].flatMap(Int.init),
            rows: hasSize ? Int(size.ws_row) : environment["LINES"].flatMap(Int.init),
            noColor: !(environment["NO_COLOR"] ?? "").isEmpty,
            term: environment["TERM"] ?? "",
            pager: environment["PAGER"]
        )
    }
}
