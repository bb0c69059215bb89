/// How an instruction's arguments are split into words, following BuildKit's parser.
enum DockerfileArgumentStyle: Sendable {
    /// RUN, CMD, ENTRYPOINT, SHELL: a JSON array of strings (exec form) or one shell string.
    case command
    /// COPY, ADD, VOLUME: a JSON array of strings or whitespace-separated words.
    case list
    /// FROM, EXPOSE: whitespace-separated words; quotes are not special here.
    case words
    /// USER, WORKDIR, STOPSIGNAL, MAINTAINER: the rest of the line is one word.
    case single
    /// ENV, LABEL: `key=value` words, quotes keeping spaces inside a word (or legacy `KEY value`).
    case keyValues
    /// ARG: `name[=default]` words.
    case names
    /// HEALTHCHECK: `NONE`, or `CMD` followed by a command.
    case healthcheck
    /// ONBUILD: another instruction, run when a later build uses this image as its base.
    case trigger
}

/// One Dockerfile instruction as the parser knows it: how its arguments split, whether
/// Docker substitutes `$VARIABLES` in it, which `--flags` it takes and how many words it needs.
struct DockerfileKeyword: Sendable {
    let name: String
    let style: DockerfileArgumentStyle
    /// Docker expands ARG/ENV variables in these instructions (and their flags) when it builds.
    let expandsVariables: Bool
    let flags: [String]
    let allowsHeredocs: Bool
    let minimumArguments: Int

    init(_ name: String, _ style: DockerfileArgumentStyle, expands: Bool = false, flags: [String] = [],
         heredocs: Bool = false, minimum: Int = 1) {
        self.name = name
        self.style = style
        self.expandsVariables = expands
        self.flags = flags
        self.allowsHeredocs = heredocs
        self.minimumArguments = minimum
    }

    /// The keyword for `word` (any case), or nil when Docker does not know it.
    static func named(_ word: String) -> DockerfileKeyword? {
        table[word.uppercased()]
    }

    /// Every instruction BuildKit accepts, with its argument rules.
    static let table: [String: DockerfileKeyword] = Dictionary(uniqueKeysWithValues: [
        DockerfileKeyword("FROM", .words, expands: true, flags: ["platform"]),
        DockerfileKeyword("RUN", .command, flags: ["mount", "network", "security", "device"], heredocs: true),
        DockerfileKeyword("CMD", .command, minimum: 0),
        DockerfileKeyword("ENTRYPOINT", .command, minimum: 0),
        DockerfileKeyword("SHELL", .command),
        DockerfileKeyword("COPY", .list, expands: true,
                          flags: ["from", "chown", "chmod", "link", "parents", "exclude"], heredocs: true, minimum: 2),
        DockerfileKeyword("ADD", .list, expands: true,
                          flags: ["chown", "chmod", "link", "keep-git-dir", "checksum", "exclude", "unpack"],
                          heredocs: true, minimum: 2),
        DockerfileKeyword("VOLUME", .list, expands: true),
        DockerfileKeyword("EXPOSE", .words, expands: true),
        DockerfileKeyword("USER", .single, expands: true),
        DockerfileKeyword("WORKDIR", .single, expands: true),
        DockerfileKeyword("STOPSIGNAL", .single, expands: true),
        DockerfileKeyword("MAINTAINER", .single),
        DockerfileKeyword("ENV", .keyValues, expands: true),
        DockerfileKeyword("LABEL", .keyValues, expands: true),
        DockerfileKeyword("ARG", .names, expands: true),
        DockerfileKeyword("HEALTHCHECK", .healthcheck,
                          flags: ["interval", "timeout", "start-period", "start-interval", "retries"]),
        DockerfileKeyword("ONBUILD", .trigger),
    ].map { ($0.name, $0) })

    /// Instructions ONBUILD may not wrap.
    static let forbiddenTriggers: Set<String> = ["ONBUILD", "FROM", "MAINTAINER"]

    /// ARGs Docker fills in itself at build time, so they are known only then.
    static let automaticArguments: Set<String> = [
        "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
        "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT", "TARGETSTAGE",
    ]
}
