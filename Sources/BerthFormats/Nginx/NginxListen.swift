/// What a `listen` directive asks for: an address, a port (or a port range), and options.
public struct NginxListen: Hashable, Sendable {
    /// The host part when one is written (`127.0.0.1`, `[::]`, `*`); nil for a bare port.
    public var address: String?
    /// The port, 80 when only an address is written; the first port of a range; nil for a unix socket.
    public var port: Int?
    /// `listen 5000-5005`: valid only from nginx 1.15.10.
    public var portRange: ClosedRange<Int>?
    /// `listen unix:/path`.
    public var isUnixSocket: Bool
    /// The words after the address (`default_server`, `ssl`, `http2`, `backlog=511`…).
    public var parameters: [String]
    /// Where the address argument is written.
    public var location: SourceLocation

    /// Reads a `listen` directive; nil when it has no argument.
    public init?(_ directive: NginxDirective) {
        guard directive.name == "listen", let first = directive.arguments.first else { return nil }
        location = first.location
        parameters = directive.arguments.dropFirst().map(\.value)
        let value = first.value
        isUnixSocket = value.hasPrefix("unix:")
        address = nil
        port = nil
        portRange = nil
        guard !isUnixSocket else { return }
        var portText = value
        if value.hasPrefix("["), let close = value.firstIndex(of: "]") {
            address = String(value[...close])
            let rest = value[value.index(after: close)...]
            portText = rest.hasPrefix(":") ? String(rest.dropFirst()) : ""
        } else if let colon = value.lastIndex(of: ":") {
            address = String(value[..<colon])
            portText = String(value[value.index(after: colon)...])
        } else if Int(value) == nil, !NginxListen.isRange(value) {
            address = value
            portText = ""
        }
        if portText.isEmpty {
            port = 80
        } else if let single = Int(portText) {
            port = single
        } else if NginxListen.isRange(portText) {
            let bounds = portText.split(separator: "-").compactMap { Int($0) }
            if bounds.count == 2, bounds[0] <= bounds[1] {
                port = bounds[0]
                portRange = bounds[0]...bounds[1]
            }
        }
    }

    /// `default_server` (or its old spelling `default`).
    public var isDefaultServer: Bool { parameters.contains("default_server") || parameters.contains("default") }

    /// `ssl`: the port speaks TLS.
    public var isSSL: Bool { parameters.contains("ssl") }

    /// The address and port as nginx compares them to find duplicates (`*:80`, `[::]:443`).
    public var endpoint: String {
        if isUnixSocket { return "unix" }
        let host = address.map { $0 == "*" || $0 == "0.0.0.0" ? "*" : $0 } ?? "*"
        let ports = portRange.map { "\($0.lowerBound)-\($0.upperBound)" } ?? port.map(String.init) ?? ""
        return host + ":" + ports
    }

    private static func isRange(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }
}
