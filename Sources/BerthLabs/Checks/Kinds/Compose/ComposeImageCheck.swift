import BerthFormats

/// `kind: compose-image`: the service runs an image of the given repository, with a tag
/// that is pinned (not `latest`), `latest`, any, or exactly one value.
///
/// ```yaml
/// kind: compose-image
/// service: db
/// image: [postgres]           # repository names, without registry or tag
/// tag: pinned                 # pinned | latest | any (the default) | an exact tag like 16
/// ```
public struct ComposeImageCheck: StaticCheck {
    public static let kind = "compose-image"

    public enum Tag: Sendable, Equatable {
        case pinned, latest, any
        case exactly(String)
    }

    var target: ComposeServiceTarget
    public var images: [String]
    public var tag: Tag

    public init?(_ fields: inout ManifestFields) {
        let target = ComposeServiceTarget(&fields)
        let images = fields.listOfAtLeastOne("image", "the image's repository name, like postgres")
        switch fields.optionalString("tag") {
        case nil, "any": tag = .any
        case "pinned": tag = .pinned
        case "latest": tag = .latest
        case let exact?: tag = .exactly(exact)
        }
        guard let target, let images else { return nil }
        self.target = target
        self.images = images.map { $0.lowercased() }
    }

    public func evaluate(in repository: StudentRepository) -> CheckOutcome {
        let expected = "\(target.selector) to run image " + images.map { "`\($0)`" }.joined(separator: " or ") + tagWords
        return target.evaluate(in: repository, expected: expected) { _, service in
            guard let image = service.image, let name = service.imageName else {
                let built = service.build.map { "; it is built from \($0.context.value)" } ?? ""
                return .fail(at: service.location, expected: expected, found: "`\(service.name)` has no `image:`\(built)")
            }
            let written = "`image: \(image.value)`"
            guard images.contains(name) else {
                return .fail(at: image.location, expected: expected, found: "\(written) (image `\(name)`)")
            }
            if let problem = tagProblem(service.imageTag, image: image.value) {
                return .fail(at: image.location, expected: expected, found: "\(written) \(problem)")
            }
            return .pass(at: image.location, expected: expected, found: written)
        }
    }

    /// What is wrong with the tag, in words; nil when it is what the task asks.
    private func tagProblem(_ written: String?, image: String) -> String? {
        let untagged = written == "latest" && !Self.hasExplicitTag(image)
        switch tag {
        case .any:
            return nil
        case .pinned:
            // A digest (no tag) pins the image exactly.
            guard let written, written == "latest" else { return nil }
            return untagged ? "has no tag, so it means `latest`, which changes under you"
                : "uses `latest`, which changes under you"
        case .latest:
            guard let written else { return "is pinned to a digest, not `latest`" }
            return written == "latest" ? nil : "has the tag `\(written)`, not `latest`"
        case .exactly(let wanted):
            if written == wanted { return nil }
            if untagged { return "has no tag (so `latest`), not `\(wanted)`" }
            return "has the tag `\(written ?? "a digest")`, not `\(wanted)`"
        }
    }

    private var tagWords: String {
        switch tag {
        case .any: ""
        case .pinned: " with a pinned tag (not `latest`)"
        case .latest: " tagged `latest`"
        case .exactly(let wanted): " tagged `\(wanted)`"
        }
    }

    /// Whether the last path part of `image` carries `:tag` (a registry port does not count).
    static func hasExplicitTag(_ image: String) -> Bool {
        let reference = image.split(separator: "@").first.map(String.init) ?? image
        return reference.split(separator: "/").last?.contains(":") ?? false
    }
}
