/// A rule's metadata as a value, for listings, `--explain` and report writers.
public struct RuleDescription: Sendable, Hashable {
    public var id: String
    public var severity: Severity
    public var summary: String
    public var fix: String
    public var note: String
    public var rationale: String

    public init(_ rule: any Rule.Type) {
        id = rule.id
        severity = rule.severity
        summary = rule.summary
        fix = rule.fix
        note = rule.note
        rationale = rule.rationale
    }
}
