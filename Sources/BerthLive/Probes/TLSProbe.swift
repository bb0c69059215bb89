/// TLS handshakes pinned to one protocol version each, and the names on the certificate:
/// what "TLS 1.2 and 1.3 only, for localhost" means from a client's side.
public struct TLSProbe: Sendable {
    public var url: String
    public var timeout: Double
    /// Connect here instead of resolving the URL's host (SNI and Host stay as in the URL).
    public var connectAddress: String?

    public init(url: String, timeout: Double = 5, connectAddress: String? = nil) {
        self.url = url
        self.timeout = timeout
        self.connectAddress = connectAddress
    }

    /// Whether a handshake offering only `version` succeeds; the error when it does not.
    public func handshake(_ version: HTTPRequest.TLSVersion, with client: CurlHTTPClient = CurlHTTPClient()) -> TLSHandshake {
        do {
            let response = try client.send(HTTPRequest(url: url, timeout: timeout, tlsVersion: version,
                                                       connectAddress: connectAddress, collectsCertificate: true))
            return TLSHandshake(version: version, accepted: true, names: response.certificateNames, error: nil)
        } catch {
            // Only a TLS failure is a refusal; a closed port says nothing about versions.
            return TLSHandshake(version: version, accepted: false, names: [], error: error)
        }
    }
}

public struct TLSHandshake: Sendable {
    public var version: HTTPRequest.TLSVersion
    public var accepted: Bool
    /// The DNS names of the certificate served, when the handshake succeeded.
    public var names: [String]
    public var error: HTTPProbeError?

    /// The server answered but refused the version (not: nothing listens there).
    public var refusedByServer: Bool { !accepted && error?.kind == .tls }
}
