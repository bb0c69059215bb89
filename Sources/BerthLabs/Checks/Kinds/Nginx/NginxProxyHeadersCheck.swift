import BerthFormats
import BerthLint

/// `kind: nginx-proxy-headers`: every `proxy_pass` passes on the client's Host, X-Real-IP,
/// X-Forwarded-For and X-Forwarded-Proto (lint rule BL303, whose inheritance rules apply:
/// a block setting any `proxy_set_header` drops those of the blocks around it).
///
/// ```yaml
/// kind: nginx-proxy-headers
/// path: proxy/nginx.conf
/// ```
public struct NginxProxyHeadersCheck: StaticCheck {
    public static let kind = "nginx-proxy-headers"

    var config: NginxConfigTarget

    public init?(_ fields: inout ManifestFields) {
        guard let config = NginxConfigTarget(&fields) else { return nil }
        self.config = config
    }

    public func evaluate(in repository: StudentRepository) -> CheckOutcome {
        let expected = "every proxy_pass to set Host, X-Real-IP, X-Forwarded-For and X-Forwarded-Proto with proxy_set_header"
        return config.evaluate(in: repository, expected: expected) { parsed in
            let passes = parsed.directives(named: BL303.directive)
            guard let first = passes.first else {
                return .fail(at: config.start, expected: expected, found: "no proxy_pass in \(parsed.path)")
            }
            let findings = BL303.check(parsed, in: LintContext())
            guard let finding = findings.first else {
                return .pass(at: first.directive.location, expected: expected,
                             found: "\(passes.count) proxy_pass line\(passes.count == 1 ? "" : "s") with all four headers")
            }
            // Every header missing at that proxy_pass, said at once.
            let here = findings.filter { $0.location == finding.location }.map(\.message)
            return .fail(at: finding.location, expected: expected, found: here.joined(separator: "; "))
        }
    }
}
