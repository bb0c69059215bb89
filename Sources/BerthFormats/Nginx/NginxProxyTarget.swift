/// Where a `proxy_pass` (or `fastcgi_pass`, `grpc_pass`, `uwsgi_pass`) sends requests.
public struct NginxProxyTarget: Hashable, Sendable {
    /// `http`, `https`, `grpc`…; empty for `fastcgi_pass host:port`, which has none.
    public var scheme: String
    /// The upstream name, service name, host name or address (`backend`, `127.0.0.1`).
    public var host: String
    /// The port when written (`backend:5252`).
    public var port: Int?
    /// The URI after the host (`/api/`), which replaces the matched location prefix; nil when absent.
    public var uri: String?
    /// `http://unix:/run/app.sock`.
    public var isUnixSocket: Bool
    /// Where the host starts, for findings about it.
    public var hostLocation: SourceLocation

    /// Reads a target URL; nil for an empty one.
    public init?(_ argument: NginxArgument) {
        var rest = Substring(argument.value)
        var offset = 0
        scheme = ""
        if let separator = rest.firstRange(of: "://") {
            scheme = String(rest[..<separator.lowerBound])
            offset = scheme.count + 3
            rest = rest[separator.upperBound...]
        }
        isUnixSocket = rest.hasPrefix("unix:")
        hostLocation = argument.location(atOffset: offset)
        port = nil
        uri = nil
        if isUnixSocket {
            host = String(rest)
            return
        }
        let authorityEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        if authorityEnd < rest.endIndex { uri = String(rest[authorityEnd...]) }
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            host = String(authority[...close])
            let after = authority[authority.index(after: close)...]
            if after.hasPrefix(":") { port = Int(after.dropFirst()) }
        } else if let colon = authority.lastIndex(of: ":") {
            host = String(authority[..<colon])
            port = Int(authority[authority.index(after: colon)...])
        } else {
            host = String(authority)
        }
        guard !host.isEmpty else { return nil }
    }

    /// The host is computed at run time (`$backend`, `${upstream}`).
    public var usesVariables: Bool { host.contains("$") }

    /// The host is an IPv4 or IPv6 literal.
    public var isAddressLiteral: Bool {
        host.hasPrefix("[") || (host.split(separator: ".").count == 4 && host.allSatisfy { $0.isNumber || $0 == "." })
    }
}

extension NginxDirective {
    /// The target of a `proxy_pass`, `fastcgi_pass`, `grpc_pass`, `uwsgi_pass` or `scgi_pass`.
    public var proxyTarget: NginxProxyTarget? {
        guard ["proxy_pass", "fastcgi_pass", "grpc_pass", "uwsgi_pass", "scgi_pass"].contains(name),
              let argument = arguments.first else { return nil }
        return NginxProxyTarget(argument)
    }
}
