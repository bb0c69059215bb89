import BerthFormats

/// Flags `ssl_protocols` that allow SSLv2, SSLv3, TLSv1 or TLSv1.1. `rationale` says why it
/// matters.
public enum BL304: NginxDirectiveRule {
    public static let id = "BL304"
    public static let severity = Severity.warning
    public static let summary = "ssl_protocols allows an obsolete protocol"
    public static let fix = "Write ssl_protocols TLSv1.2 TLSv1.3;"
    public static let note = "tls"
    public static let rationale = """
        SSLv2, SSLv3, TLSv1 and TLSv1.1 are broken or deprecated (RFC 8996) and browsers refuse them; \
        allowing them only lets an attacker downgrade a connection to a protocol with known attacks.
        """
    public static let directive = "ssl_protocols"

    static let obsolete: Set<String> = ["SSLv2", "SSLv3", "TLSv1", "TLSv1.1"]

    public static func check(_ match: NginxDirectiveMatch, in config: NginxConfig, context: LintContext) -> [Finding] {
        match.directive.arguments.filter { obsolete.contains($0.value) }.map { protocolName in
            finding(at: protocolName.location,
                    "ssl_protocols allows \(protocolName.value), which is broken or deprecated; allow only TLSv1.2 and TLSv1.3")
        }
    }
}
