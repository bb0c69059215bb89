/// One entry of a service's `ports`, in Compose's long form.
///
/// The short forms (`"8080:80"`, `"127.0.0.1:8080:80/udp"`, `"9000-9002:9000-9002"`,
/// `"80"`, `3000`) are expanded the way Docker does: a range becomes one port per
/// number, and a single container port with a host range keeps the range.
public struct ComposePort: Sendable, Hashable {
    /// The port inside the container.
    public var target: Int
    /// The host port or range (`"8080"`, `"8000-8010"`); nil when Docker picks one.
    public var published: String?
    /// The host address to bind, if one was given.
    public var hostIP: String?
    /// `tcp`, `udp` or `sctp`.
    public var transport: String
    /// `ingress` or `host`.
    public var mode: String
    public var name: String?
    public var appProtocol: String?
    /// Where the entry was written.
    public var location: SourceLocation
    /// The short-syntax scalar as written, or nil for the long form.
    public var shortSyntax: ComposeScalar?

    public init(target: Int, published: String? = nil, hostIP: String? = nil, transport: String = "tcp",
                mode: String = "ingress", name: String? = nil, appProtocol: String? = nil,
                location: SourceLocation, shortSyntax: ComposeScalar? = nil) {
        self.target = target
        self.published = published
        self.hostIP = hostIP
        self.transport = transport
        self.mode = mode
        self.name = name
        self.appProtocol = appProtocol
        self.location = location
        self.shortSyntax = shortSyntax
    }

    /// The published host ports as a range, nil when none is published.
    public var publishedRange: ClosedRange<Int>? {
        guard let published else { return nil }
        return ComposePort.range(published)
    }

    /// True when host port `port` is published by this entry.
    public func publishes(_ port: Int) -> Bool { publishedRange?.contains(port) ?? false }

    var json: JSONValue {
        var members: [(String, JSONValue)] = []
        if let name { members.append(("name", .string(name))) }
        members.append(("mode", .string(mode)))
        if let hostIP { members.append(("host_ip", .string(hostIP))) }
        members.append(("target", .int(target)))
        if let published { members.append(("published", .string(published))) }
        members.append(("protocol", .string(transport)))
        if let appProtocol { members.append(("app_protocol", .string(appProtocol))) }
        return .object(members)
    }

    /// Expands one short-syntax spec; the error message says what is wrong with it.
    static func expand(_ spec: String, at location: SourceLocation,
                       written: ComposeScalar?) -> Result<[ComposePort], ComposeShortSyntaxError> {
        let slashParts = spec.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard slashParts.count <= 2, !slashParts[0].isEmpty else { return .failure(.init("no port specified in `\(spec)`")) }
        let transport = slashParts.count == 2 && !slashParts[1].isEmpty ? slashParts[1].lowercased() : "tcp"
        guard ["tcp", "udp", "sctp"].contains(transport) else {
            return .failure(.init("`\(transport)` is not a protocol; use tcp, udp or sctp"))
        }
        let colonParts = slashParts[0].split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let container = colonParts[colonParts.count - 1]
        let host = colonParts.count >= 2 ? colonParts[colonParts.count - 2] : ""
        var address = colonParts.count >= 3 ? colonParts[..<(colonParts.count - 2)].joined(separator: ":") : ""
        if address.hasPrefix("["), address.hasSuffix("]") { address = String(address.dropFirst().dropLast()) }
        guard address.isEmpty || ComposeIPAddress.isValid(address) else {
            return .failure(.init("`\(address)` is not an IP address; write [IP:]HOST:CONTAINER, e.g. 127.0.0.1:8080:80"))
        }
        guard let containerRange = range(container) else {
            return .failure(.init("`\(container)` is not a container port (0-65535, or a range like 9000-9005)"))
        }
        var hostRange: ClosedRange<Int>?
        if !host.isEmpty {
            guard let parsed = range(host) else {
                return .failure(.init("`\(host)` is not a host port (0-65535, or a range like 9000-9005)"))
            }
            hostRange = parsed
            if parsed.count != containerRange.count, containerRange.count != 1 {
                return .failure(.init("the host range \(host) and the container range \(container) differ in size"))
            }
        }
        var ports: [ComposePort] = []
        for offset in 0..<containerRange.count {
            var published: String?
            if let hostRange {
                published = String(hostRange.lowerBound + offset)
                if containerRange.count == 1, hostRange.count > 1 { published = "\(hostRange.lowerBound)-\(hostRange.upperBound)" }
            }
            ports.append(ComposePort(target: containerRange.lowerBound + offset, published: published,
                                     hostIP: address.isEmpty ? nil : address, transport: transport,
                                     location: location, shortSyntax: written))
        }
        // Docker orders the ports of one spec by their text, so 10000 comes before 9999.
        return .success(ports.sorted { String($0.target) < String($1.target) })
    }

    /// `"80"` or `"9000-9005"` as a range of valid port numbers.
    static func range(_ text: String) -> ClosedRange<Int>? {
        let bounds = text.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard let low = port(bounds[0]) else { return nil }
        guard bounds.count == 2 else { return low...low }
        guard let high = port(bounds[1]), high >= low else { return nil }
        return low...high
    }

    private static func port(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(text),
              number <= 65_535 else { return nil }
        return number
    }
}

/// Why a short-syntax `ports` or `volumes` entry could not be read.
struct ComposeShortSyntaxError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
