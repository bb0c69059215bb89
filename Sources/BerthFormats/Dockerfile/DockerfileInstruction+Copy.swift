/// COPY's and ADD's parts: `COPY [--from=…] [--chown=…] [--chmod=…] [--link] source… destination`.
public struct CopyInstruction: Hashable, Sendable {
    /// True for ADD, which also fetches URLs and unpacks local archives.
    public var isAdd: Bool
    /// The sources (a `<<EOF` word stands for a here-document's content).
    public var sources: [DockerfileWord]
    public var destination: DockerfileWord?
    /// `--from`: an earlier stage's name or index, or an image.
    public var from: DockerfileFlag?
    public var chown: DockerfileFlag?
    public var chmod: DockerfileFlag?
    public var link: Bool
    /// The position of the COPY or ADD keyword.
    public var location: SourceLocation
}

extension DockerfileInstruction {
    /// COPY's or ADD's sources, destination and flags; nil for other instructions.
    public var copy: CopyInstruction? {
        guard keyword == "COPY" || keyword == "ADD" else { return nil }
        return CopyInstruction(isAdd: keyword == "ADD", sources: Array(arguments.dropLast()), destination: arguments.last,
                               from: flag("from"), chown: flag("chown"), chmod: flag("chmod"),
                               link: flag("link")?.isEnabled ?? false, location: location)
    }
}
