/// A here-document attached to RUN, COPY or ADD (`RUN <<EOF … EOF`).
public struct DockerfileHeredoc: Hashable, Sendable {
    /// The terminator word without quotes (`EOF`).
    public var name: String
    /// `<<-EOF`: leading tabs are stripped from the body and the terminator line.
    public var stripsTabs: Bool
    /// False when the terminator was quoted (`<<"EOF"`): the body is taken literally.
    public var expandsVariables: Bool
    /// The body, one `\n`-terminated line per source line, tabs already stripped for `<<-`.
    public var content: String
    /// Where the `<<` marker is written.
    public var location: SourceLocation
    /// The first line of the body (the line after the instruction).
    public var contentLine: Int
    /// The line holding the terminator.
    public var terminatorLine: Int

    public init(name: String, stripsTabs: Bool, expandsVariables: Bool, content: String,
                location: SourceLocation, contentLine: Int, terminatorLine: Int) {
        self.name = name
        self.stripsTabs = stripsTabs
        self.expandsVariables = expandsVariables
        self.content = content
        self.location = location
        self.contentLine = contentLine
        self.terminatorLine = terminatorLine
    }
}
