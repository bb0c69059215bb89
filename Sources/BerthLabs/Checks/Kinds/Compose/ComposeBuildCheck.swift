import BerthFormats
import BerthLint

/// `kind: compose-build`: the service is built from a folder of the repository (`build:`),
/// optionally a given one with a given Dockerfile; the folder and its Dockerfile must exist.
///
/// ```yaml
/// kind: compose-build
/// directory: task4
/// service: back-end
/// context: back-end           # optional; ./back-end and back-end/ are the same folder
/// dockerfile: Dockerfile      # optional, relative to the context
/// ```
public struct ComposeBuildCheck: StaticCheck {
    public static let kind = "compose-build"

    var target: ComposeServiceTarget
    /// The context folder relative to the compose file, normalised ("" for `.`).
    public var context: String?
    public var dockerfile: String?

    public init?(_ fields: inout ManifestFields) {
        let target = ComposeServiceTarget(&fields)
        context = fields.optionalString("context").map(StudentRepository.normalized)
        dockerfile = fields.optionalString("dockerfile").map(StudentRepository.normalized)
        guard let target else { return nil }
        self.target = target
    }

    public func evaluate(in repository: StudentRepository) -> CheckOutcome {
        let expected = "\(target.selector) built with `build:`" + (context.map { " from `\(Self.shown($0))`" } ?? "")
        return target.evaluate(in: repository, expected: expected) { compose, service in
            guard let build = service.build else {
                let instead = service.image.map { "; it runs `image: \($0.value)`" } ?? ""
                return .fail(at: service.location, expected: expected, found: "`\(service.name)` has no `build:`\(instead)")
            }
            let written = Self.quote(build, in: service)
            let folder = StudentRepository.normalized(build.context.value)
            if let context, folder != context {
                return .fail(at: build.context.location, expected: expected,
                             found: "\(written) builds from `\(Self.shown(folder))`")
            }
            let isRemote = build.context.value.contains("://") || build.context.value.hasPrefix("git@")
            if !isRemote, let missing = missingFile(build, folder: folder, in: repository) {
                return .fail(at: missing.location, expected: expected, found: "\(written), but \(missing.found)")
            }
            if let dockerfile, StudentRepository.normalized(build.dockerfilePath) != dockerfile {
                let found = build.dockerfile.map { "`dockerfile: \($0.value)`" } ?? "no `dockerfile:` (so `Dockerfile`)"
                return .fail(at: build.dockerfile?.location ?? build.location,
                             expected: "\(target.selector) built with the Dockerfile `\(dockerfile)`", found: found)
            }
            var found = written
            if let image = service.image, !BL210.check(service, in: compose, context: LintContext()).isEmpty {
                found += "; `image: \(image.value)` together with build: the build overwrites that official image's tag"
            }
            return .pass(at: build.context.location, expected: expected, found: found)
        }
    }

    /// The build folder or its Dockerfile when either is missing from the repository: a task
    /// folder holding only the compose file leaves every build context missing.
    private func missingFile(_ build: ComposeBuild, folder: String,
                             in repository: StudentRepository) -> (location: SourceLocation, found: String)? {
        let folderPath = target.file.path(folder)
        switch repository.entry(at: folderPath) {
        case .directory: break
        case .file: return (build.context.location, "\(Self.shown(folderPath)) is a file, not a folder")
        case .missing, .emptyDirectory, .outside:
            return (build.context.location, "there is no folder \(Self.shown(folderPath)) in the repository")
        }
        let dockerfilePath = target.file.path(folder.isEmpty ? build.dockerfilePath : folder + "/" + build.dockerfilePath)
        guard repository.entry(at: dockerfilePath) != .file else { return nil }
        return (build.dockerfile?.location ?? build.context.location, "there is no \(dockerfilePath) to build from")
    }

    /// `build: ./backend`, or `context: ./backend` when written in the long form.
    static func quote(_ build: ComposeBuild, in service: ComposeService) -> String {
        guard let node = service.node["build"], node.scalar == nil else { return "`build: \(build.context.value)`" }
        return node["context"] == nil ? "`build:` with no `context:` (so `.`)" : "`context: \(build.context.value)`"
    }

    /// A normalised folder as a student would write it ("" is the compose file's own folder).
    static func shown(_ folder: String) -> String { folder.isEmpty ? "." : folder }
}
