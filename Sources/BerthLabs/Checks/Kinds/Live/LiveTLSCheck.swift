import BerthLive

/// `kind: live-tls`: handshakes pinned to each version: the modern ones succeed, the old
/// ones are refused, and the certificate names the host.
///
/// ```yaml
/// kind: live-tls
/// url: https://localhost/
/// accept: [TLSv1.2, TLSv1.3]
/// refuse: [TLSv1, TLSv1.1]
/// names: [localhost]
/// ```
public struct LiveTLSCheck: LiveCheck {
    public static let kind = "live-tls"

    public var url: String
    public var accept: [HTTPRequest.TLSVersion]
    public var refuse: [HTTPRequest.TLSVersion]
    public var names: [String]
    public var target: LiveTarget { .compose }

    public init?(_ fields: inout ManifestFields) {
        let url = readLocalURL("url", &fields)
        accept = Self.versions("accept", &fields)
        refuse = Self.versions("refuse", &fields)
        names = fields.strings("names")
        guard let url, url.lowercased().hasPrefix("https://") else {
            if let node = fields.node["url"], url != nil { fields.invalid(node, "`url:` of \(fields.subject) must be https://") }
            return nil
        }
        self.url = url
    }

    private static func versions(_ key: String, _ fields: inout ManifestFields) -> [HTTPRequest.TLSVersion] {
        fields.strings(key).compactMap { name in
            guard let version = HTTPRequest.TLSVersion(rawValue: name) else {
                if let node = fields.node[key] {
                    let known = HTTPRequest.TLSVersion.allCases.map(\.rawValue).joined(separator: ", ")
                    fields.invalid(node, "`\(key):` of \(fields.subject) lists \(name); the versions are \(known)")
                }
                return nil
            }
            return version
        }
    }

    public func evaluate(on session: LiveSession) -> CheckOutcome {
        let expected = "\(url) to accept \(accept.map(\.rawValue).joined(separator: " and ")), refuse "
            + "\(refuse.map(\.rawValue).joined(separator: " and "))" + (names.isEmpty ? "" : ", with a certificate for \(names.joined(separator: ", "))")
        return session.withTarget(target, expected: expected) { _ in
            let probe = TLSProbe(url: url)
            var served: [String] = []
            for version in accept {
                let handshake = probe.handshake(version, with: session.client)
                guard handshake.accepted else {
                    return .fail(at: nil, expected: expected, found: "\(version.rawValue) was refused: \(handshake.error?.message ?? "")")
                }
                served = handshake.names
            }
            for version in refuse where probe.handshake(version, with: session.client).accepted {
                return .fail(at: nil, expected: expected, found: "\(version.rawValue) was accepted")
            }
            for name in names where !served.contains(name) {
                return .fail(at: nil, expected: expected,
                             found: "a certificate for \(served.isEmpty ? "no name" : served.joined(separator: ", ")), not \(name)")
            }
            return .pass(at: nil, expected: expected, found: "as asked (certificate for \(served.joined(separator: ", ")))")
        }
    }
}
