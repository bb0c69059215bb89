/// Collects what libcurl's callbacks deliver for one request.
///
/// A class because libcurl holds a raw pointer to it while the request runs; it never
/// outlives `CurlHTTPClient.send`.
final class ResponseSink {
    private(set) var headers: [(name: String, value: String)] = []
    private(set) var body: [UInt8] = []
    private(set) var truncated = false
    private let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    /// Returns the bytes taken; fewer than offered makes libcurl stop with a write error.
    func appendBody(_ bytes: UnsafeRawBufferPointer) -> Int {
        guard body.count + bytes.count <= limit else {
            truncated = true
            return 0
        }
        body.append(contentsOf: bytes)
        return bytes.count
    }

    func appendHeaderLine(_ bytes: UnsafeRawBufferPointer) -> Int {
        let line = String(decoding: bytes, as: UTF8.self).trimmingSuffix("\r\n")
        if line.hasPrefix("HTTP/") {
            // A new status line (after a 100 Continue or a followed redirect) starts a new header set.
            headers.removeAll()
        } else if let colon = line.firstIndex(of: ":") {
            let name = String(line[..<colon])
            let value = line[line.index(after: colon)...].drop { $0 == " " || $0 == "\t" }
            headers.append((name, String(value)))
        }
        return bytes.count
    }
}

extension String {
    fileprivate func trimmingSuffix(_ characters: String) -> String {
        var result = Substring(self)
        while let last = result.unicodeScalars.last, characters.unicodeScalars.contains(last) {
            result = result.dropLast()
        }
        return String(result)
    }
}
