/// berth's version, printed by `berth --version`.
enum BerthVersion {
    static let current = "0.1.0"
}
