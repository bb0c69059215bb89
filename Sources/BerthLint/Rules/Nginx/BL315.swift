import BerthFormats

/// Flags an `if ($http_origin ~ …)` or `$http_referer` check whose regex is not anchored or
/// leaves a dot unescaped (gixy's origins). `rationale` says why it matters.
///
/// Negated checks (`!~`) are judged the same way, since they decide who is turned away.
public enum BL315: NginxDirectiveRule {
    public static let id = "BL315"
    public static let severity = Severity.warning
    public static let summary = "an Origin or Referer check with a regex that other sites can match"
    public static let fix = "Anchor the regex and escape its dots: ~ ^https://(www\\.)?example\\.com$"
    public static let note = "cors"
    public static let rationale = """
        An unanchored regex or an unescaped dot lets `https://example.com.evil.net` or \
        `https://exampleXcom` pass as a trusted origin, so another site gets the CORS or CSRF trust \
        meant for yours.
        """
    public static let directive = "if"

    static let checkedHeaders: Set<String> = ["$http_origin", "$http_referer"]
    static let regexOperators: Set<String> = ["~", "~*", "!~", "!~*"]

    public static func check(_ match: NginxDirectiveMatch, in config: NginxConfig, context: LintContext) -> [Finding] {
        let arguments = match.directive.arguments
        guard arguments.count == 3, checkedHeaders.contains(arguments[0].value),
              regexOperators.contains(arguments[1].value) else { return [] }
        let regex = arguments[2]
        if !regex.value.hasPrefix("^") || !regex.value.hasSuffix("$") {
            return [finding(at: regex.location, "the regex \(regex.value) is not anchored with ^ and $, "
                            + "so any origin that merely contains it passes (https://evil.example/?\(regex.value))")]
        }
        if let dot = unescapedDotOffset(regex.value) {
            return [finding(at: regex.location(atOffset: dot), "the regex \(regex.value) has an unescaped dot, which "
                            + "matches any character, so a look-alike domain passes; write \\. for a literal dot")]
        }
        return []
    }

    /// The offset in scalars of the first `.` that is neither escaped nor inside `[…]`.
    static func unescapedDotOffset(_ regex: String) -> Int? {
        var escaped = false
        var inClass = false
        for (offset, scalar) in regex.unicodeScalars.enumerated() {
            if escaped {
                escaped = false
                continue
            }
            switch scalar {
            case "\\": escaped = true
            case "[": inClass = true
            case "]": inClass = false
            case "." where !inClass: return offset
            default: break
            }
        }
        return nil
    }
}
