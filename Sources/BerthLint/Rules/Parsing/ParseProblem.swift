import BerthFormats

/// Turns a parser's `ParseError` into a finding, so parse problems are reported, ignored
/// and counted like any rule's.
enum ParseProblem {
    static func finding(for error: ParseError, kind: ConfigKind?) -> Finding {
        let rule: any Rule.Type = error.severity == .error ? BL001.self : BL002.self
        return Finding(ruleID: rule.id, severity: rule.severity, location: error.location,
                       message: error.message, fix: rule.fix, note: note(for: kind))
    }

    /// The note that explains the file's format.
    static func note(for kind: ConfigKind?) -> String {
        switch kind {
        case .dockerfile, nil: "dockerfile"
        case .compose: "compose"
        case .nginx: "reverse-proxy"
        }
    }
}
