import ArgumentParser
import BerthFormats

/// `berth parse nginx FILE`: shows how berth reads an nginx config, or prints it as crossplane does.
struct ParseNginxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nginx",
        abstract: "Show how berth reads an nginx config, or print it as `crossplane parse` does.",
        discussion: """
        Reads FILE and the files it includes (relative includes start from FILE's folder, \
        as nginx does for its nginx.conf; nothing outside the repository is read) and \
        prints every directive with the line and column it was read from. With --json it \
        prints the result in the shape of `crossplane parse`. A conf.d snippet holds \
        directives nginx reads inside http { }: pass --context http for it.

        Exit status: 0 when the config parsed cleanly, 1 when it has errors (the output is \
        still printed), 2 when it cannot be read.

        Examples:
          berth parse nginx proxy/nginx.conf
          berth parse nginx conf.d/default.conf --context http --json
        """
    )

    /// The blocks a file can be read in from the command line.
    enum Context: String, ExpressibleByArgument, CaseIterable {
        case main, events, http, server, location, upstream, stream

        var nginxContext: NginxContext {
            switch self {
            case .main: .main
            case .events: .events
            case .http: .http
            case .server: .server
            case .location: .location
            case .upstream: .upstream
            case .stream: .stream
            }
        }
    }

    @Argument(help: ArgumentHelp("The nginx config to read.", valueName: "file"))
    var file: String

    @Flag(name: .long, help: "Print JSON in the shape of `crossplane parse`.")
    var json = false

    @Option(name: .long, help: ArgumentHelp(
        "The block nginx reads FILE in: main for an nginx.conf, http for a conf.d snippet.", valueName: "block"))
    var context: Context = .main

    func run() throws {
        let (root, path) = ReadingScope.root(for: file)
        let config = NginxConfig.load(path: path, reader: SourceReader(root: root), context: context.nginxContext)
        for problem in config.errors { writeError(problem.description) }
        if config.files.first?.wasRead != true { throw ExitCode(CommandFailure.badInput) }
        print(json ? config.json().serialized() : config.outline())
        if config.hasErrors { throw ExitCode(CommandFailure.checkFailed) }
    }
}
