/// A compose duration (`30s`, `1m30s`, `1h`, `500ms`, `2d`, `1w`), kept in nanoseconds.
///
/// Printed the way Go prints a `time.Duration`, because that is what
/// `docker compose config` shows: `90s` becomes `1m30s`, `1h` becomes `1h0m0s`.
public struct ComposeDuration: Hashable, Sendable, CustomStringConvertible {
    public var nanoseconds: Int64

    public init(nanoseconds: Int64) {
        self.nanoseconds = nanoseconds
    }

    /// Parses a sequence of number-and-unit pairs; nil when a unit is missing or unknown.
    public init?(_ text: String) {
        let units: [(String, Double)] = [
            ("ns", 1), ("us", 1e3), ("µs", 1e3), ("μs", 1e3), ("ms", 1e6), ("s", 1e9), ("m", 60e9),
            ("h", 3600e9), ("d", 86_400e9), ("w", 604_800e9),
        ]
        var rest = Substring(text)
        var negative = false
        if rest.first == "-" || rest.first == "+" {
            negative = rest.first == "-"
            rest = rest.dropFirst()
        }
        if rest == "0" {
            self.init(nanoseconds: 0)
            return
        }
        guard !rest.isEmpty else { return nil }
        var total = 0.0
        while !rest.isEmpty {
            let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
            guard !number.isEmpty, let value = Double(number) else { return nil }
            rest = rest.dropFirst(number.count)
            // Longest unit first, so `ms` is not read as `m` followed by `s`.
            guard let unit = units.sorted(by: { $0.0.count > $1.0.count }).first(where: { rest.hasPrefix($0.0) })
            else { return nil }
            rest = rest.dropFirst(unit.0.count)
            total += value * unit.1
        }
        guard total < 9.2e18 else { return nil }
        self.init(nanoseconds: Int64((negative ? -total : total).rounded()))
    }

    /// Go's `time.Duration.String()`: `1h2m3.5s`, `1.5ms`, `0s`.
    public var description: String {
        if nanoseconds == 0 { return "0s" }
        let sign = nanoseconds < 0 ? "-" : ""
        let magnitude = nanoseconds.magnitude
        if magnitude < 1_000 { return "\(sign)\(magnitude)ns" }
        if magnitude < 1_000_000 { return sign + ComposeDuration.decimal(magnitude, scale: 1_000) + "µs" }
        if magnitude < 1_000_000_000 { return sign + ComposeDuration.decimal(magnitude, scale: 1_000_000) + "ms" }
        let hours = magnitude / 3_600_000_000_000
        let minutes = magnitude / 60_000_000_000 % 60
        let seconds = ComposeDuration.decimal(magnitude % 60_000_000_000, scale: 1_000_000_000)
        if hours > 0 { return "\(sign)\(hours)h\(minutes)m\(seconds)s" }
        if minutes > 0 { return "\(sign)\(minutes)m\(seconds)s" }
        return "\(sign)\(seconds)s"
    }

    /// `value / scale` with the fraction's trailing zeros dropped.
    private static func decimal(_ value: UInt64, scale: UInt64) -> String {
        let whole = value / scale
        var fraction = String(value % scale)
        guard fraction != "0" else { return String(whole) }
        fraction = String(repeating: "0", count: String(scale).count - 1 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(whole).\(fraction)"
    }
}
