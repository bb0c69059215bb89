import BerthFormats

/// Flags `ports` mappings written without quotes. `rationale` says why.
public enum BL202: ComposeServiceRule {
    public static let id = "BL202"
    public static let severity = Severity.warning
    public static let summary = "unquoted HOST:CONTAINER port mapping"
    public static let fix = "Quote port mappings: `- \"22:22\"`."
    public static let note = "compose"
    public static let rationale = """
        YAML 1.1 parsers (docker-compose v1, PyYAML, many editors' plugins) read an unquoted `22:22` as the \
        base-60 number 1342, so the mapping silently becomes nonsense; Compose v2 reads it as text, which \
        hides the trap until the file meets another tool. Any unquoted `HOST:CONTAINER` is one step from it, \
        so all of them are flagged, the base-60 ones with the number they become.
        """

    public static func check(_ service: ComposeService, in compose: ComposeFile, context: LintContext) -> [Finding] {
        (service.node["ports"]?.items ?? []).compactMap { item in
            guard let scalar = item.scalar, scalar.style == .plain, case .string(let text) = scalar.value,
                  text.contains(":") else { return nil }
            if let number = sexagesimal(scalar.written) {
                return finding(at: scalar.location, baseSixtyMessage(scalar.written, number))
            }
            return finding(at: scalar.location, unquotedMessage(scalar.written))
        }
    }

    /// The number YAML 1.1 reads a plain `a:b[:c…]` as, when every part after the first is 0–59.
    static func sexagesimal(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 2, let first = parts.first, !first.hasPrefix("0"),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        var value = 0
        for (index, part) in parts.enumerated() {
            guard let digit = Int(part), index == 0 || digit < 60, value < Int.max / 60 - digit else { return nil }
            value = value * 60 + digit
        }
        return value
    }

    static func baseSixtyMessage(_ text: String, _ number: Int) -> String {
        "unquoted `\(text)` is the number \(number) to YAML 1.1 parsers (base 60), not a port mapping"
    }

    static func unquotedMessage(_ text: String) -> String {
        "unquoted port mapping `\(text)`; quote it so every YAML parser reads it as text"
    }
}
