/// Checks the host addresses of `ports` the way Docker parses them (Go's `net.ParseIP`):
/// a dotted IPv4 address or an IPv6 address, never a name or a port.
enum ComposeIPAddress {
    /// True for `127.0.0.1`, `0.0.0.0`, `::1`, `fe80::1` or `::ffff:10.0.0.1`.
    static func isValid(_ text: String) -> Bool {
        text.contains(":") ? isIPv6(text) : isIPv4(text)
    }

    static func isIPv4(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            (1...3).contains(part.count) && part.allSatisfy { $0.isASCII && $0.isNumber } && (Int(part) ?? 256) <= 255
        }
    }

    static func isIPv6(_ text: String) -> Bool {
        var groups = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        var width = 8
        // An IPv4 address may end it (`::ffff:10.0.0.1`), standing for two groups.
        if let last = groups.last, last.contains(".") {
            guard isIPv4(last) else { return false }
            groups.removeLast()
            groups.append("0")
            width = 7
        }
        let compressions = text.components(separatedBy: "::").count - 1
        guard compressions <= 1 else { return false }
        if compressions == 1 {
            // `::` makes empty fields at its place (and at the ends when it is there).
            let filled = groups.filter { !$0.isEmpty }
            return filled.count < width && filled.allSatisfy(isHexGroup)
        }
        return groups.count == width && groups.allSatisfy(isHexGroup)
    }

    private static func isHexGroup(_ group: String) -> Bool {
        (1...4).contains(group.count) && group.allSatisfy(\.isHexDigit)
    }
}
