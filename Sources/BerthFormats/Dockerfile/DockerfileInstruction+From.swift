/// FROM's parts: `FROM [--platform=…] image [AS name]`.
public struct FromInstruction: Hashable, Sendable {
    /// The base image as Docker reads it (variables substituted).
    public var image: ImageReference
    /// The image word, with its position and raw form.
    public var imageWord: DockerfileWord
    /// The word after `AS`, when the stage is named.
    public var stageName: DockerfileWord?
    /// `--platform`, when given.
    public var platform: DockerfileFlag?
}

extension DockerfileInstruction {
    /// FROM's image, stage name and platform; nil for other instructions or a FROM without an image.
    public var from: FromInstruction? {
        guard keyword == "FROM", let word = arguments.first else { return nil }
        let name = arguments.count >= 3 && arguments[1].raw.uppercased() == "AS" ? arguments[2] : nil
        return FromInstruction(image: ImageReference(word.expanded, isResolved: word.isResolved), imageWord: word,
                               stageName: name, platform: flag("platform"))
    }
}
