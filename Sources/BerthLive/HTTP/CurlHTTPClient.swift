import CCurl

/// Sends `HTTPRequest`s with libcurl: one easy handle per request, so values can be
/// sent from any thread without shared state.
public struct CurlHTTPClient: Sendable {
    /// Answers larger than this are cut off: a probe never needs more, and a student's
    /// server must not be able to exhaust berth's memory.
    public static let maximumBodySize = 8 * 1024 * 1024

    public init() {
        // Thread-safe since libcurl 7.84; repeated calls only bump a counter.
        curl_global_init(Int(CURL_GLOBAL_DEFAULT))
    }

    public func send(_ request: HTTPRequest) throws(HTTPProbeError) -> HTTPResponse {
        guard let handle = curl_easy_init() else {
            throw HTTPProbeError(kind: .other, url: request.url, message: "libcurl could not start a request")
        }
        defer { curl_easy_cleanup(handle) }
        let sink = ResponseSink(limit: Self.maximumBodySize)
        let context = Unmanaged.passUnretained(sink).toOpaque()
        var headerList: UnsafeMutablePointer<curl_slist>?
        var resolveList: UnsafeMutablePointer<curl_slist>?
        defer {
            curl_slist_free_all(headerList)
            curl_slist_free_all(resolveList)
        }

        berth_curl_set_string(handle, CURLOPT_URL, request.url)
        berth_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
        berth_curl_set_long(handle, CURLOPT_TIMEOUT_MS, Int(request.timeout * 1000))
        berth_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Int(min(request.timeout, 5) * 1000))
        berth_curl_set_long(handle, CURLOPT_FOLLOWLOCATION, request.followRedirects ? 1 : 0)
        berth_curl_set_long(handle, CURLOPT_MAXREDIRS, 5)
        berth_curl_set_long(handle, CURLOPT_SSL_VERIFYPEER, request.verifyPeer ? 1 : 0)
        berth_curl_set_long(handle, CURLOPT_SSL_VERIFYHOST, request.verifyPeer ? 2 : 0)
        // Probes measure the server, not a proxy from the caller's environment.
        berth_curl_set_string(handle, CURLOPT_NOPROXY, "*")
        berth_curl_set_string(handle, CURLOPT_CUSTOMREQUEST, request.method)
        if request.method == "HEAD" { berth_curl_set_long(handle, CURLOPT_NOBODY, 1) }
        for header in request.headers {
            headerList = curl_slist_append(headerList, "\(header.name): \(header.value)")
        }
        if let headerList { berth_curl_set_slist(handle, CURLOPT_HTTPHEADER, headerList) }
        if let address = request.connectAddress, let entry = Self.resolveEntry(for: request.url, address: address) {
            resolveList = curl_slist_append(resolveList, entry)
            berth_curl_set_slist(handle, CURLOPT_RESOLVE, resolveList)
        }
        if let version = request.tlsVersion {
            let (minimum, maximum) = Self.curlVersions(version)
            berth_curl_set_long(handle, CURLOPT_SSLVERSION, minimum | maximum)
            // OpenSSL 3 refuses TLS 1.0/1.1 at its default security level even as a client.
            if version == .tls1_0 || version == .tls1_1 {
                berth_curl_set_string(handle, CURLOPT_SSL_CIPHER_LIST, "DEFAULT:@SECLEVEL=0")
            }
        }
        if request.collectsCertificate { berth_curl_set_long(handle, CURLOPT_CERTINFO, 1) }
        berth_curl_set_callback(handle, CURLOPT_WRITEFUNCTION, { data, size, count, context in
            guard let data, let context else { return 0 }
            return Unmanaged<ResponseSink>.fromOpaque(context).takeUnretainedValue()
                .appendBody(UnsafeRawBufferPointer(start: data, count: size * count))
        })
        berth_curl_set_pointer(handle, CURLOPT_WRITEDATA, context)
        berth_curl_set_callback(handle, CURLOPT_HEADERFUNCTION, { data, size, count, context in
            guard let data, let context else { return 0 }
            return Unmanaged<ResponseSink>.fromOpaque(context).takeUnretainedValue()
                .appendHeaderLine(UnsafeRawBufferPointer(start: data, count: size * count))
        })
        berth_curl_set_pointer(handle, CURLOPT_HEADERDATA, context)

        let code = withBody(request.body, handle: handle) { curl_easy_perform(handle) }
        guard code == CURLE_OK || (code == CURLE_WRITE_ERROR && sink.truncated) else {
            throw HTTPProbeError(kind: Self.kind(of: code), url: request.url, message: Self.message(for: code))
        }
        var status = 0
        berth_curl_get_long(handle, CURLINFO_RESPONSE_CODE, &status)
        var total = 0.0
        berth_curl_get_double(handle, CURLINFO_TOTAL_TIME, &total)
        var redirect: UnsafeMutablePointer<CChar>?
        berth_curl_get_string(handle, CURLINFO_REDIRECT_URL, &redirect)
        return HTTPResponse(status: status, headers: sink.headers, body: sink.body,
                            redirectURL: redirect.map { String(cString: $0) }, totalTime: total,
                            certificate: request.collectsCertificate ? Self.leafCertificate(handle) : [:])
    }

    /// Sets the request body for the duration of `perform`, which libcurl reads without copying.
    private func withBody(_ body: [UInt8]?, handle: UnsafeMutableRawPointer, _ perform: () -> CURLcode) -> CURLcode {
        guard let body else { return perform() }
        return body.withUnsafeBytes { buffer in
            berth_curl_set_long(handle, CURLOPT_POSTFIELDSIZE, buffer.count)
            berth_curl_set_pointer(handle, CURLOPT_POSTFIELDS, UnsafeMutableRawPointer(mutating: buffer.baseAddress))
            return perform()
        }
    }

    /// The first certificate of the chain the server sent, field by field.
    private static func leafCertificate(_ handle: UnsafeMutableRawPointer) -> [String: String] {
        var info: UnsafeMutablePointer<curl_certinfo>?
        guard berth_curl_get_certinfo(handle, &info) == CURLE_OK, let info, info.pointee.num_of_certs > 0,
              let chain = info.pointee.certinfo else { return [:] }
        var fields: [String: String] = [:]
        var entry = chain[0]
        while let item = entry {
            if let data = item.pointee.data {
                let text = String(cString: data)
                if let colon = text.firstIndex(of: ":") {
                    fields[String(text[..<colon])] = String(text[text.index(after: colon)...])
                }
            }
            entry = item.pointee.next
        }
        return fields
    }
}
