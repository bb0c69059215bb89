import BerthFormats

/// Flags a `proxy_pass` whose request does not carry Host, X-Real-IP, X-Forwarded-For and
/// X-Forwarded-Proto, one finding per missing header. `rationale` says why it matters.
///
/// Headers set in an enclosing block (or at the top of a snippet) count, except that a block
/// setting any `proxy_set_header` drops all inherited ones.
public enum BL303: NginxDirectiveRule {
    public static let id = "BL303"
    public static let severity = Severity.warning
    public static let summary = "proxy_pass does not pass on the client's Host, address or scheme"
    public static let fix = "Add the missing proxy_set_header lines next to the other proxy_set_header lines that apply here."
    public static let note = "reverse-proxy"
    public static let rationale = """
        Without these headers the backend sees the proxy as its client: every request comes from the \
        proxy's address, over plain http, for the upstream's name. Logs, rate limits, redirects and \
        generated links all go wrong behind the proxy.
        """
    public static let directive = "proxy_pass"

    /// The headers a backend needs, with what it gets wrong without each.
    static let required: [(name: String, value: String, without: String)] = [
        ("Host", "$host", "the backend sees the upstream name instead of the host the client asked for"),
        ("X-Real-IP", "$remote_addr", "the backend sees the proxy's address instead of the client's"),
        ("X-Forwarded-For", "$proxy_add_x_forwarded_for", "the backend cannot tell which clients the request passed through"),
        ("X-Forwarded-Proto", "$scheme", "the backend cannot tell https from http and builds wrong redirects"),
    ]

    public static func check(_ match: NginxDirectiveMatch, in config: NginxConfig, context: LintContext) -> [Finding] {
        let set = Set(config.inherited("proxy_set_header", at: match).compactMap(\.headerName))
        return required.filter { !set.contains($0.name.lowercased()) }.map { header in
            finding(at: match.directive.location,
                    "proxy_pass does not set \(header.name): \(header.without)",
                    fix: "Add proxy_set_header \(header.name) \(header.value); where the other proxy_set_header lines for this location are.")
        }
    }
}
