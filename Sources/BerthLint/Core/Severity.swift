/// How much a finding matters, most severe first (hadolint's scale).
public enum Severity: String, CaseIterable, Hashable, Sendable, Comparable, Codable {
    case error, warning, info, style

    /// Lower rank is more severe.
    var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .info: 2
        case .style: 3
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
