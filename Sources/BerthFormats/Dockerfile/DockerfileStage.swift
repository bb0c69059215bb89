/// One build stage: a FROM and the instructions up to the next FROM.
public struct DockerfileStage: Hashable, Sendable {
    /// The stage's position, 0 for the first FROM.
    public var index: Int
    /// The FROM instruction that opens the stage.
    public var fromInstruction: DockerfileInstruction
    /// The instructions after the FROM.
    public var body: [DockerfileInstruction]
    /// The index of the earlier stage this one is built on (`FROM build`), if any.
    public var baseStage: Int?

    public init(index: Int, from: DockerfileInstruction, body: [DockerfileInstruction], baseStage: Int? = nil) {
        self.index = index
        self.fromInstruction = from
        self.body = body
        self.baseStage = baseStage
    }

    /// The FROM followed by the body, in file order.
    public var instructions: [DockerfileInstruction] { [fromInstruction] + body }

    /// The FROM's typed view (base image, stage name, platform).
    public var from: FromInstruction? { fromInstruction.from }

    /// The name given with `AS`, lowercased as Docker does, or nil.
    public var name: String? { from?.stageName?.expanded.lowercased() }

    /// The base image as Docker reads it.
    public var base: ImageReference? { from?.image }

    /// The instructions of the stage with `keyword` (`instructions("RUN")`), FROM included when asked.
    public func instructions(_ keyword: String) -> [DockerfileInstruction] {
        let upper = keyword.uppercased()
        return instructions.filter { $0.keyword == upper }
    }

    /// The last instruction with `keyword`, the one that takes effect for CMD, USER, WORKDIR, ….
    public func last(_ keyword: String) -> DockerfileInstruction? {
        let upper = keyword.uppercased()
        return body.last { $0.keyword == upper }
    }

    /// The RUN instructions with their commands.
    public var runs: [RunInstruction] { body.compactMap(\.run) }

    /// The COPY and ADD instructions.
    public var copies: [CopyInstruction] { body.compactMap(\.copy) }

    /// The last USER of the stage, or nil when it never sets one (see `Dockerfile.effectiveUser`).
    public var user: UserInstruction? { last("USER")?.user }

    /// Every port the stage's EXPOSE instructions publish.
    public var exposedPorts: [ExposedPort] { body.flatMap(\.exposedPorts) }

    /// The ENV and ARG variables set in the stage, in order.
    public var environment: [DockerfileVariable] { instructions("ENV").flatMap(\.variables) }

    /// The working directory after the stage's WORKDIRs, relative ones resolved against
    /// the previous one; nil when the stage sets none.
    public var workingDirectory: String? {
        var directory: String?
        for instruction in instructions("WORKDIR") {
            guard let path = instruction.arguments.first?.expanded else { continue }
            if path.hasPrefix("/") || directory == nil {
                directory = path
            } else if let base = directory {
                directory = base.hasSuffix("/") ? base + path : base + "/" + path
            }
        }
        return directory
    }

    /// The CMD that takes effect (the last one).
    public var command: DockerfileInstruction? { last("CMD") }

    /// The ENTRYPOINT that takes effect (the last one).
    public var entrypoint: DockerfileInstruction? { last("ENTRYPOINT") }
}
