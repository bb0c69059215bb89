import BerthFormats

/// Flags `ssl_ciphers` lists that enable a weak cipher family (RC4, DES, 3DES, MD5, NULL,
/// EXPORT, anonymous aNULL) instead of excluding it with `!`. `rationale` says why it matters.
public enum BL305: NginxDirectiveRule {
    public static let id = "BL305"
    public static let severity = Severity.warning
    public static let summary = "ssl_ciphers enables a weak cipher"
    public static let fix = "Exclude it with ! (for example HIGH:!aNULL:!MD5), or use a modern list such as Mozilla's intermediate one."
    public static let note = "tls"
    public static let rationale = """
        RC4, DES, 3DES, MD5, NULL, EXPORT and anonymous (aNULL) suites are broken or offer no \
        authentication; a cipher list that enables one lets a client, or an attacker in the middle, \
        negotiate it.
        """
    public static let directive = "ssl_ciphers"

    /// Cipher-string keywords and cipher-name parts that mean a weak cipher.
    static let weak: Set<String> = ["RC4", "DES", "3DES", "CBC3", "MD5", "NULL", "ENULL", "ANULL", "EXPORT", "EXP", "ADH", "AECDH"]

    public static func check(_ match: NginxDirectiveMatch, in config: NginxConfig, context: LintContext) -> [Finding] {
        guard let list = match.directive.arguments.first else { return [] }
        var findings: [Finding] = []
        var offset = 0
        for element in list.value.split(separator: ":", omittingEmptySubsequences: false) {
            defer { offset += element.unicodeScalars.count + 1 }
            guard let first = element.first, first != "!", first != "-" else { continue }
            let name = element.drop { $0 == "+" }
            let parts = name.split { $0 == "-" || $0 == "+" }.map { $0.uppercased() }
            guard parts.contains(where: weak.contains) else { continue }
            findings.append(finding(at: list.location(atOffset: offset + (element.count - name.count)),
                                    "ssl_ciphers enables \(name), a weak cipher; exclude it with !\(name)"))
        }
        return findings
    }
}
