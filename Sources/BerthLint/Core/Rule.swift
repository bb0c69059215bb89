import BerthFormats

/// A lint rule's identity: a stable id (BL1xx Dockerfile, BL2xx compose, BL3xx nginx),
/// a severity, a one-line summary, the fix, and the note that explains it.
public protocol Rule: Sendable {
    static var id: String { get }
    static var severity: Severity { get }
    static var summary: String { get }
    static var fix: String { get }
    /// A topic of `berth notes`.
    static var note: String { get }
    /// Why the rule exists: what goes wrong when it is ignored. Shown by `berth lint --explain`.
    static var rationale: String { get }
}

extension Rule {
    /// A finding of this rule at `location`; the message defaults to the rule's summary.
    public static func finding(at location: SourceLocation, _ message: String? = nil, fix: String? = nil) -> Finding {
        Finding(ruleID: id, severity: severity, location: location,
                message: message ?? summary, fix: fix ?? Self.fix, note: note)
    }
}
