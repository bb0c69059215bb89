import BerthFormats

/// Flags `$uri` and `$document_uri` in headers and redirects (gixy's http_splitting):
/// they hold the decoded path, so `%0d%0a` in a request becomes a line break that
/// injects headers of the attacker's choosing into the response or the proxied request.
public enum BL314: NginxRule {
    public static let id = "BL314"
    public static let severity = Severity.warning
    public static let summary = "A decoded URI variable in a header or redirect allows HTTP response splitting"
    public static let fix = "Use $request_uri, which keeps the client's encoding, instead of $uri or $document_uri."
    public static let note = "reverse-proxy"

    /// The directives whose arguments end up in a header line, and from which argument on.
    static let headerArguments: [String: Int] = ["add_header": 1, "proxy_set_header": 1, "return": 1, "rewrite": 1]
    static let decoded = ["$uri", "$document_uri"]

    public static func check(_ config: NginxConfig, in context: LintContext) -> [Finding] {
        config.allDirectives().flatMap { match -> [Finding] in
            guard let first = headerArguments[match.directive.name] else { return [] }
            return match.directive.arguments.dropFirst(first).compactMap { argument in
                guard let variable = decoded.first(where: { contains(argument.value, variable: $0) }),
                      let location = argument.location(of: variable) else { return nil }
                return finding(at: location, "\(match.directive.name) puts \(variable) into a header; it is decoded, "
                               + "so %0d%0a in the request splits the header: use $request_uri")
            }
        }
    }

    /// `$uri` as a whole variable name, not the start of `$uri_prefix`.
    static func contains(_ text: String, variable: String) -> Bool {
        var rest = Substring(text)
        while let range = rest.firstRange(of: variable) {
            let next = rest[range.upperBound...].first
            if next.map({ !($0.isLetter || $0.isNumber || $0 == "_") }) ?? true { return true }
            rest = rest[range.upperBound...]
        }
        return text.contains("${" + variable.dropFirst() + "}")
    }
}
