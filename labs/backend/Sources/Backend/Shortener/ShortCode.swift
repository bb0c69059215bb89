/// The code in a short link such as `http://localhost:9999/aZ3k9Qx`.
public struct ShortCode: Sendable, Hashable, CustomStringConvertible {
    public let value: String

    static let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    /// 62⁷ ≈ 3.5 × 10¹² codes: collisions are rare and retried.
    static let length = 7
    /// Codes of other lengths are accepted too, up to the column's width in `db/init.sql`.
    static let maximumLength = 16

    /// Checks a code from a request: letters and digits only, so a path like
    /// `/style.css` is never mistaken for one and falls through to the static files.
    public init?(_ text: some StringProtocol) {
        guard (1...Self.maximumLength).contains(text.count),
              text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        value = String(text)
    }

    /// A new random code.
    static func random(using generator: inout some RandomNumberGenerator) -> ShortCode {
        let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "a" })
        return ShortCode(uncheckedValue: text)
    }

    private init(uncheckedValue: String) { value = uncheckedValue }

    public var description: String { value }
}
