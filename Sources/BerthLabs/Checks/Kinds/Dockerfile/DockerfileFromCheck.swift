import BerthFormats

/// `kind: dockerfile-from`: a stage starts from one of the asked images, with the asked tag.
/// Names are compared as Docker normalises them (`docker.io/library/ubuntu` is `ubuntu`), after
/// ARG substitution; a stage built `FROM` an earlier stage is followed back to its image.
///
/// ```yaml
/// kind: dockerfile-from
/// path: first-image/Dockerfile
/// image: ubuntu            # or a list: [python, python3]; omitted: any image
/// tag: pinned              # pinned (a tag other than latest, or a digest) | latest | any | an exact tag
/// stage: final             # final (default) | first | any | a stage name
/// ```
public struct DockerfileFromCheck: StaticCheck {
    public static let kind = "dockerfile-from"

    /// What the tag must be.
    public enum TagRule: Equatable, Sendable {
        case any, pinned, latest
        case exactly(String)
    }

    public var path: String
    /// Normalised repository names; empty means any image.
    public var images: [String]
    public var tag: TagRule
    var stage: DockerfileStageSelector

    public init?(_ fields: inout ManifestFields) {
        let path = fields.string("path", "the Dockerfile's path in the repository")
        let written = fields.strings("image")
        images = written.compactMap { Self.normalisedName(of: $0, fields: &fields) }
        let tagText = fields.optionalString("tag") ?? "any"
        switch tagText {
        case "any": tag = .any
        case "pinned": tag = .pinned
        case "latest": tag = .latest
        default: tag = .exactly(tagText)
        }
        if case .exactly(let exact) = tag, ImageReference("x:\(exact)").problem != nil, let node = fields.node["tag"] {
            fields.invalid(node, "`tag:` of \(fields.subject) is pinned, latest, any or a tag such as 24.04, not `\(exact)`")
        }
        stage = DockerfileStageSelector(&fields, default: .final)
        guard let path, images.count == written.count else { return nil }
        self.path = path
    }

    /// `docker.io/library/ubuntu` → `ubuntu`; nil, with a problem, for a name Docker refuses or
    /// one that carries a tag (which belongs in `tag:`).
    private static func normalisedName(of text: String, fields: inout ManifestFields) -> String? {
        let reference = ImageReference(text)
        guard reference.isValid, reference.tag == nil, reference.digest == nil else {
            let why = reference.problem ?? "give the tag in `tag:`, not in the name"
            if let node = fields.node["image"] { fields.invalid(node, "`image:` of \(fields.subject) has `\(text)`: \(why)") }
            return nil
        }
        return normalisedName(of: reference)
    }

    static func normalisedName(of reference: ImageReference) -> String {
        let dockerHub: Set<String> = ["docker.io", "index.docker.io", "registry-1.docker.io"]
        guard reference.registry == nil || dockerHub.contains(reference.registry ?? "") else { return reference.name }
        let repository = reference.repository.lowercased()
        return repository.hasPrefix("library/") ? String(repository.dropFirst("library/".count)) : repository
    }

    public func evaluate(in repository: StudentRepository) -> CheckOutcome {
        // This check explains a FROM image Docker refuses in its own words.
        let isImageProblem = { (error: ParseError, dockerfile: Dockerfile) in
            dockerfile.stages.contains { $0.from?.imageWord.location == error.location }
        }
        return DockerfileDocument.evaluate(path, in: repository, expected: expectedText(phrase: ""),
                                           tolerating: isImageProblem) { document in
            let expected = expectedText(phrase: stage.phrase(in: document.dockerfile))
            return stage.evaluate(document, expected: expected) { stages in
                let outcomes = stages.map { evaluate($0, in: document, expected: expected) }
                if let passed = outcomes.first(where: { $0.outcome.status == .pass }) { return passed.outcome }
                // With several stages, the one that came closest says the most.
                return outcomes.max { $0.closeness < $1.closeness }?.outcome
                    ?? .fail(at: repository.location(of: path), expected: expected, found: "no stage")
            }
        }
    }

    private func evaluate(_ stage: DockerfileStage, in document: DockerfileDocument,
                          expected: String) -> (outcome: CheckOutcome, closeness: Int) {
        let dockerfile = document.dockerfile
        // `FROM build` takes the image of the stage `build`, which is where the image is written.
        let root = dockerfile.lineage(of: stage)[0]
        let instruction = root.fromInstruction
        let quoted = document.quoteWithLine(instruction)
        let via = root.index == stage.index ? "" : " (\(dockerfile.label(of: stage)) is built on \(dockerfile.label(of: root)))"
        guard let from = root.from else {
            return (.fail(at: instruction.location, expected: expected, found: "\(quoted) names no image"), 0)
        }
        let place = from.imageWord.location
        let image = from.image
        guard image.isResolved else {
            return (.fail(at: place, expected: expected,
                          found: "\(quoted)\(via): the image is only known at build time; give the ARG a default"), 0)
        }
        if let problem = image.problem {
            let lowered = ImageReference(image.text.lowercased())
            let found = image.repository != image.repository.lowercased() && lowered.isValid
                ? "\(quoted)\(via): image names are lower-case, so Docker refuses it; write `\(lowered.text)`"
                : "\(quoted)\(via): \(problem)"
            return (.fail(at: place, expected: expected, found: found), 1)
        }
        let name = Self.normalisedName(of: image)
        guard images.isEmpty || images.contains(name) else {
            return (.fail(at: place, expected: expected, found: "\(quoted)\(via): the image is `\(name)`"), 2)
        }
        if let problem = tagProblem(image) {
            return (.fail(at: place, expected: expected, found: "\(quoted)\(via): \(problem)"), 3)
        }
        let implicit = image.tag == nil && image.digest == nil && !image.isScratch ? " (no tag: Docker uses latest)" : ""
        return (.pass(at: place, expected: expected, found: "\(quoted)\(via)\(implicit)"), 4)
    }

    /// Why the tag is not the asked one, or nil when it is.
    private func tagProblem(_ image: ImageReference) -> String? {
        switch tag {
        case .any:
            return nil
        case .pinned:
            if image.digest != nil { return nil }
            guard let written = image.tag else { return "no tag, so Docker pulls `latest`, which changes with every release" }
            return written == "latest" ? "`latest` changes with every release; name a version" : nil
        case .latest:
            if let written = image.tag { return written == "latest" ? nil : "the tag is `\(written)`, not `latest`" }
            return image.digest == nil ? nil : "a digest pins one build; the task asks for `latest`"
        case .exactly(let wanted):
            if image.tag == wanted { return nil }
            guard let written = image.tag else { return "no tag (Docker uses `latest`); the task asks for `\(wanted)`" }
            return written.lowercased() == wanted.lowercased()
                ? "the tag is `\(written)`: tags are case-sensitive" : "the tag is `\(written)`, not `\(wanted)`"
        }
    }

    private func expectedText(phrase: String) -> String {
        let names = images.map { "`\($0)`" }
        let image = names.isEmpty ? "an image" : names.count == 1 ? names[0]
            : names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
        let tagText: String
        switch tag {
        case .any: tagText = ""
        case .pinned: tagText = " with a pinned tag (a version, not latest)"
        case .latest: tagText = " with the tag `latest`"
        case .exactly(let wanted): tagText = " with the tag `\(wanted)`"
        }
        return "FROM \(image)\(tagText)\(phrase)"
    }
}
