import BerthFormats

/// Flags `proxy_set_header Host $http_host` (gixy's host_spoofing). `rationale` says why it
/// matters.
public enum BL301: NginxDirectiveRule {
    public static let id = "BL301"
    public static let severity = Severity.warning
    public static let summary = "Host is passed on as $http_host, the header exactly as the client sent it"
    public static let fix = "Write proxy_set_header Host $host;"
    public static let note = "reverse-proxy"
    public static let rationale = """
        `$http_host` is the Host header exactly as the client sent it, possibly empty or forged; `$host` \
        falls back to the server name and is normalised, so the backend builds links and redirects from \
        a value it can trust.
        """
    public static let directive = "proxy_set_header"

    public static func check(_ match: NginxDirectiveMatch, in config: NginxConfig, context: LintContext) -> [Finding] {
        guard match.directive.headerName == "host", match.directive.arguments.count > 1 else { return [] }
        let value = match.directive.arguments[1]
        guard let location = value.location(of: "$http_host") else { return [] }
        return [finding(at: location, message)]
    }

    static let message = "proxy_set_header Host uses $http_host, which is whatever the client sent (empty for HTTP/1.0, "
        + "or forged); use $host, which nginx validates and falls back to the server name"
}
