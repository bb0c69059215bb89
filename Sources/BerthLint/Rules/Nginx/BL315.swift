import BerthFormats

/// Flags an `if ($http_origin ~ …)` or `$http_referer` check whose regex is not anchored
/// or leaves a dot unescaped (gixy's origins): `https://example.com.evil.net` or
/// `https://exampleXcom` then passes as a trusted origin.
public enum BL315: NginxDirectiveRule {
    public static let id = "BL315"
    public static let severity = Severity.warning
    public static let summary = "An Origin or Referer check with a regex that other sites can match"
    public static let fix = "Anchor the regex and escape its dots: ~ ^https://(www\\.)?example\\.com$"
    public static let note = "cors"
    public static let directive = "if"

    public static func check(_ match: NginxDirectiveMatch, in config: NginxConfig, context: LintContext) -> [Finding] {
        let arguments = match.directive.arguments
        guard arguments.count == 3, ["$http_origin", "$http_referer"].contains(arguments[0].value),
              ["~", "~*"].contains(arguments[1].value) else { return [] }
        let regex = arguments[2].value
        if !regex.hasPrefix("^") || !regex.hasSuffix("$") {
            return [finding(at: arguments[2].location, "the regex \(regex) is not anchored with ^ and $, "
                            + "so any origin that merely contains it passes (https://evil.example/?\(regex))")]
        }
        if hasUnescapedDot(regex) {
            return [finding(at: arguments[2].location, "the regex \(regex) has an unescaped dot, which matches any "
                            + "character, so a look-alike domain passes; write \\. for a literal dot")]
        }
        return []
    }

    static func hasUnescapedDot(_ regex: String) -> Bool {
        var escaped = false
        for character in regex {
            if character == ".", !escaped { return true }
            escaped = character == "\\" && !escaped
        }
        return false
    }
}
