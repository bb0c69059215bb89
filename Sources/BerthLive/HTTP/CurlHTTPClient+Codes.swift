import CCurl

extension CurlHTTPClient {
    /// libcurl's CURL_SSLVERSION_* and CURL_SSLVERSION_MAX_* values for one exact version.
    static func curlVersions(_ version: HTTPRequest.TLSVersion) -> (minimum: Int, maximum: Int) {
        switch version {
        case .tls1_0: (Int(CURL_SSLVERSION_TLSv1_0), Int(CURL_SSLVERSION_MAX_TLSv1_0))
        case .tls1_1: (Int(CURL_SSLVERSION_TLSv1_1), Int(CURL_SSLVERSION_MAX_TLSv1_1))
        case .tls1_2: (Int(CURL_SSLVERSION_TLSv1_2), Int(CURL_SSLVERSION_MAX_TLSv1_2))
        case .tls1_3: (Int(CURL_SSLVERSION_TLSv1_3), Int(CURL_SSLVERSION_MAX_TLSv1_3))
        }
    }

    /// `host:port:address` for CURLOPT_RESOLVE, from the URL's host and port.
    static func resolveEntry(for url: String, address: String) -> String? {
        let pieces = url.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false)
        // "https:", "", "host:port", "path…"
        guard pieces.count >= 3, pieces[0].hasSuffix(":"), pieces[1].isEmpty else { return nil }
        let afterScheme = pieces[2]
        let authority = afterScheme.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let parts = authority.split(separator: ":", maxSplits: 1)
        guard let host = parts.first else { return nil }
        let defaultPort = url.hasPrefix("https") ? "443" : "80"
        let port = parts.count > 1 ? String(parts[1]) : defaultPort
        return "\(host):\(port):\(address)"
    }

    static func kind(of code: CURLcode) -> HTTPProbeError.Kind {
        switch code {
        case CURLE_OPERATION_TIMEDOUT: .timeout
        case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_RECV_ERROR, CURLE_SEND_ERROR,
             CURLE_GOT_NOTHING: .connection
        case CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER, CURLE_PEER_FAILED_VERIFICATION:
            .tls
        case CURLE_URL_MALFORMAT, CURLE_UNSUPPORTED_PROTOCOL: .invalidRequest
        default: .other
        }
    }

    static func message(for code: CURLcode) -> String {
        guard let text = curl_easy_strerror(code) else { return "libcurl error \(code.rawValue)" }
        return String(cString: text)
    }
}
