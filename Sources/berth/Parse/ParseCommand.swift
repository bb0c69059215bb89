import ArgumentParser

/// `berth parse FORMAT FILE`: shows how berth reads a config, to compare with the reference tools.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Show how berth reads a Dockerfile, compose file or nginx config.",
        discussion: """
        Prints the parsed model with the line and column of every node, or JSON with \
        --json in the shape of the reference tool (crossplane for nginx, \
        `docker compose config --format json` for compose).

        Examples:
          berth parse nginx proxy/nginx.conf --json
          berth parse compose compose.yaml
          berth parse dockerfile backend/Dockerfile --json
        """,
        subcommands: [ParseDockerfileCommand.self, ParseComposeCommand.self, ParseNginxCommand.self]
    )
}
