/// An image reference (`registry:5000/team/app:1.2@sha256:…`) split into its parts and checked
/// against Docker's grammar, so `FROM Ubuntu:latest` is caught before a build fails on it.
public struct ImageReference: Hashable, Sendable {
    /// The reference as Docker reads it (variables already substituted).
    public var text: String
    /// The registry host (and port) when one is written (`ghcr.io`, `localhost:5000`).
    public var registry: String?
    /// The repository path without the registry (`library/ubuntu` is written `ubuntu`).
    public var repository: String
    public var tag: String?
    public var digest: String?
    /// False when the reference still holds a build-time variable (`$BASE_IMAGE`): not checked.
    public var isResolved: Bool
    /// Why Docker would refuse the reference; nil when it is valid.
    public var problem: String?

    public init(_ text: String, isResolved: Bool = true) {
        self.text = text
        self.isResolved = isResolved
        var rest = Substring(text)
        if let at = rest.firstIndex(of: "@") {
            digest = String(rest[rest.index(after: at)...])
            rest = rest[..<at]
        }
        if let colon = rest.lastIndex(of: ":"), !rest[colon...].contains("/") {
            tag = String(rest[rest.index(after: colon)...])
            rest = rest[..<colon]
        }
        if let slash = rest.firstIndex(of: "/") {
            let first = rest[..<slash]
            if first.contains(".") || first.contains(":") || first == "localhost" || first.lowercased() != first {
                registry = String(first)
                rest = rest[rest.index(after: slash)...]
            }
        }
        repository = String(rest)
        if isResolved { problem = validate() }
    }

    /// `registry/repository`, or just the repository when no registry is written.
    public var name: String { registry.map { "\($0)/\(repository)" } ?? repository }

    /// `scratch`, the empty base image.
    public var isScratch: Bool { registry == nil && repository == "scratch" && tag == nil && digest == nil }

    public var isValid: Bool { problem == nil }

    private func validate() -> String? {
        if text.isEmpty { return "the image reference is empty" }
        if repository != repository.lowercased() {
            let fixed = ImageReference(text.lowercased()).problem == nil ? " (write \(suggestedText))" : ""
            return "repository name must be lowercase\(fixed)"
        }
        if repository.isEmpty || !repository.split(separator: "/", omittingEmptySubsequences: false).allSatisfy(ImageReference.isPathComponent) {
            return "\"\(text)\" is not a valid image reference: repository names use a-z, 0-9 and . _ - separators"
        }
        if let tag, !ImageReference.isTag(tag) {
            return "invalid tag \"\(tag)\": tags use letters, digits, _ . and -, up to 128 characters"
        }
        if let digest, !ImageReference.isDigest(digest) {
            return "invalid digest \"\(digest)\": write algorithm:hex, as in sha256:<64 hex digits>"
        }
        return nil
    }

    /// The reference with the repository lowercased, as a suggestion.
    private var suggestedText: String {
        var fixed = registry.map { "\($0)/" } ?? ""
        fixed += repository.lowercased()
        if let tag { fixed += ":\(tag)" }
        if let digest { fixed += "@\(digest)" }
        return fixed
    }

    private static func isPathComponent(_ component: Substring) -> Bool {
        let scalars = Array(component.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last, isLowerAlphanumeric(first), isLowerAlphanumeric(last) else {
            return false
        }
        var index = 0
        while index < scalars.count {
            if isLowerAlphanumeric(scalars[index]) { index += 1; continue }
            // Separators: one `.` or `_`, two `_`, or any run of `-`.
            var end = index
            while end < scalars.count, !isLowerAlphanumeric(scalars[end]) { end += 1 }
            let separator = String(String.UnicodeScalarView(scalars[index..<end]))
            guard separator == "." || separator == "_" || separator == "__" || separator.allSatisfy({ $0 == "-" }) else {
                return false
            }
            index = end
        }
        return true
    }

    private static func isLowerAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    private static func isTag(_ tag: String) -> Bool {
        let scalars = Array(tag.unicodeScalars)
        guard let first = scalars.first, scalars.count <= 128, isWordCharacter(first) else { return false }
        return scalars.allSatisfy { isWordCharacter($0) || $0 == "." || $0 == "-" }
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
    }

    private static func isDigest(_ digest: String) -> Bool {
        let parts = digest.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, let first = parts[0].unicodeScalars.first, first.properties.isAlphabetic,
              parts[0].unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+._-".unicodeScalars.contains($0)) }),
              parts[1].count >= 32 else { return false }
        return parts[1].unicodeScalars.allSatisfy { $0.properties.isASCIIHexDigit }
    }
}
