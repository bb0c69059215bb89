/// USER's parts: `USER name[:group]` or `USER uid[:gid]`.
public struct UserInstruction: Hashable, Sendable {
    /// The user as Docker reads it (variables substituted).
    public var user: String
    public var group: String?
    /// The whole argument, with its position.
    public var word: DockerfileWord

    /// `root` or uid 0, with or without a group: the container runs with full privileges.
    public var isRoot: Bool { user == "root" || user == "0" }
}

extension DockerfileInstruction {
    /// USER's user and group; nil for other instructions or a USER without an argument.
    public var user: UserInstruction? {
        guard keyword == "USER", let word = arguments.first else { return nil }
        let parts = word.expanded.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        return UserInstruction(user: String(parts[0]), group: parts.count > 1 ? String(parts[1]) : nil, word: word)
    }
}
