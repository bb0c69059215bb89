import BerthFormats

/// Flags a prefix `location` without a trailing slash whose `alias` has one (gixy's
/// alias_traversal). `rationale` says why it matters.
public enum BL302: NginxDirectiveRule {
    public static let id = "BL302"
    public static let severity = Severity.error
    public static let summary = "alias path traversal: the location has no trailing slash but the alias has one"
    public static let fix = "End the location path with / as well (location /static/ { alias /srv/static/; })."
    public static let note = "reverse-proxy"
    public static let rationale = """
        With `location /static` and `alias /srv/static/;`, a request for `/static../secret` matches the \
        location and maps to `/srv/static/../secret`: one folder above the one meant to be served, \
        readable by anyone.
        """
    public static let directive = "alias"

    public static func check(_ match: NginxDirectiveMatch, in config: NginxConfig, context: LintContext) -> [Finding] {
        guard let alias = match.directive.value(at: 0), alias.hasSuffix("/"),
              let location = match.nearest("location"), let path = location.arguments.last,
              location.arguments.count == 1 || location.value(at: 0) == "^~",
              !path.value.hasSuffix("/") else { return [] }
        return [finding(at: path.location, message(location: path.value, alias: alias))]
    }

    static func message(location: String, alias: String) -> String {
        "location \(location) has no trailing slash but its alias \(alias) has one: a request for \(location)../ "
            + "reaches \(alias)../, outside the folder you meant to serve"
    }
}
