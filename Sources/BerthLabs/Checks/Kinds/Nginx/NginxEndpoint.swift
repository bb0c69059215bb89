import BerthFormats

/// A host and optional port a request is sent to, as a check names it (`backend:5252`,
/// `frontend`) or an upstream's `server` line writes it.
struct NginxEndpoint: Sendable, Equatable, CustomStringConvertible {
    var host: String
    /// nil when not written: then any port matches.
    var port: Int?

    /// Reads `host[:port]`; nil when the port is not a number or the host is empty.
    init?(_ text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard let first = parts.first, !first.isEmpty, parts.count <= 2 else { return nil }
        host = first.lowercased()
        if parts.count == 2 {
            guard let port = Int(parts[1]), (1...65_535).contains(port) else { return nil }
            self.port = port
        }
    }

    init(host: String, port: Int?) {
        self.host = host.lowercased()
        self.port = port
    }

    var description: String { port.map { "\(host):\($0)" } ?? host }

    /// True when a request to `host` on `port` (nil: the scheme's default, `defaultPort`) reaches this endpoint.
    func matches(host: String, port: Int?, defaultPort: Int = 80) -> Bool {
        guard host.lowercased() == self.host else { return false }
        guard let wanted = self.port else { return true }
        return (port ?? defaultPort) == wanted
    }

    /// The endpoints of an upstream's `server` lines (`server web1:5252 weight=2;`).
    static func servers(of upstream: NginxDirective) -> [(directive: NginxDirective, endpoint: NginxEndpoint)] {
        upstream.children(named: "server").compactMap { line in
            guard let address = line.value(at: 0), !address.hasPrefix("unix:"), let endpoint = NginxEndpoint(address) else { return nil }
            return (line, endpoint)
        }
    }
}
