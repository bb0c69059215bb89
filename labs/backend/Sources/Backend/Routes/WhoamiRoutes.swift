import Hummingbird
import NIOCore

/// `GET /api/whoami`: the forwarding headers this replica received and who connected,
/// to see what a reverse proxy passes on (or forgets to).
struct WhoamiRoutes {
    var instanceID: String

    struct Whoami: Encodable {
        var instance: String
        var host: String?
        var xRealIP: String?
        var xForwardedFor: String?
        var xForwardedProto: String?
        var peer: String?

        enum CodingKeys: String, CodingKey {
            case instance, host, peer
            case xRealIP = "x_real_ip"
            case xForwardedFor = "x_forwarded_for"
            case xForwardedProto = "x_forwarded_proto"
        }

        // Missing headers are written as null, not left out: the absence is the lesson.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(instance, forKey: .instance)
            try container.encode(host, forKey: .host)
            try container.encode(xRealIP, forKey: .xRealIP)
            try container.encode(xForwardedFor, forKey: .xForwardedFor)
            try container.encode(xForwardedProto, forKey: .xForwardedProto)
            try container.encode(peer, forKey: .peer)
        }
    }

    func add(to router: Router<BackendRequestContext>) {
        let instanceID = instanceID
        router.get("/api/whoami") { request, context in
            let headers = request.headers
            return JSONBody(Whoami(
                instance: instanceID,
                // The server moves HTTP/1.1's Host header into the request's authority.
                host: request.head.authority,
                xRealIP: headers.value(named: "X-Real-IP"),
                xForwardedFor: headers.value(named: "X-Forwarded-For"),
                xForwardedProto: headers.value(named: "X-Forwarded-Proto"),
                peer: context.remoteAddress.map(Self.describe)
            ))
        }
    }

    /// `203.0.113.7:51234`, or `[2001:db8::1]:51234` for IPv6.
    static func describe(_ address: SocketAddress) -> String {
        guard let ip = address.ipAddress else { return "\(address)" }
        let host = ip.contains(":") ? "[\(ip)]" : ip
        return address.port.map { "\(host):\($0)" } ?? host
    }
}

extension HTTPFields {
    /// The first value of a header that has no constant in HTTPTypes, such as `X-Real-IP`.
    func value(named name: String) -> String? {
        let canonical = name.lowercased()
        return first { $0.name.canonicalName == canonical }?.value
    }
}
