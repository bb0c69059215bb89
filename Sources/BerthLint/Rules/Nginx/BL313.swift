import BerthFormats

/// Notes a `listen` on a port range (`listen 5000-5005`). `rationale` says why it matters.
public enum BL313: NginxDirectiveRule {
    public static let id = "BL313"
    public static let severity = Severity.info
    public static let summary = "listen on a port range needs nginx 1.15.10 or later"
    public static let fix = "Use an nginx image from 1.15.10 on, or list the ports with one listen line each."
    public static let note = "production-servers"
    public static let rationale = """
        nginx accepts port ranges in `listen` only from version 1.15.10, so an older image refuses the \
        whole config at start-up; pinning a recent image or listing the ports keeps it portable.
        """
    public static let directive = "listen"

    public static func check(_ match: NginxDirectiveMatch, in config: NginxConfig, context: LintContext) -> [Finding] {
        guard let listen = NginxListen(match.directive), let range = listen.portRange else { return [] }
        return [finding(at: listen.location,
                        "listen on the port range \(range.lowerBound)-\(range.upperBound) works only from nginx 1.15.10; older nginx refuses it")]
    }
}
