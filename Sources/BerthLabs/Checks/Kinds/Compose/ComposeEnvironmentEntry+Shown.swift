import BerthFormats

extension ComposeEnvironmentEntry {
    /// `NAME=value` for a message; a password, secret, token or key shows as `NAME=…`, set
    /// but not spelled out, since reports end up in CI logs.
    var shown: String {
        let upper = name.uppercased()
        let secret = ["PASS", "SECRET", "TOKEN", "KEY"].contains { upper.contains($0) }
        guard let value else { return "`\(name)` (no value)" }
        if secret, !value.isEmpty { return "`\(name)=…`" }
        return "`\(name)=\(value)`"
    }
}
