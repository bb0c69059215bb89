import BerthFormats

/// Flags an `if` inside a `location` that does more than `return` or `rewrite … last` ("if is
/// evil"). `rationale` says why it matters.
public enum BL310: NginxDirectiveRule {
    public static let id = "BL310"
    public static let severity = Severity.warning
    public static let summary = "if inside a location does more than return or rewrite"
    public static let fix = "Keep only return or rewrite inside the if; move the rest into a separate location or use map."
    public static let note = "reverse-proxy"
    public static let rationale = """
        nginx turns an `if` in a location into a separate nested location, so `proxy_pass`, `add_header` \
        or `try_files` inside it behave in surprising ways ("if is evil"); only `return` and `rewrite … \
        last` are safe there.
        """
    public static let directive = "if"

    /// `#` is a comment kept by a parse with comments, not a directive.
    static let safe: Set<String> = ["return", "rewrite", "#"]

    public static func check(_ match: NginxDirectiveMatch, in config: NginxConfig, context: LintContext) -> [Finding] {
        guard match.parent?.name == "location" || (match.parent == nil && config.context == .location),
              let unsafe = match.directive.block?.first(where: { !safe.contains($0.name) }) else { return [] }
        return [finding(at: unsafe.location,
                        "\(unsafe.name) inside if in a location behaves unpredictably (\"if is evil\"); only return and rewrite are safe there")]
    }
}
