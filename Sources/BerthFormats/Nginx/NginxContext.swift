/// The block a directive stands in, as nginx checks it: `server` inside `http` is not
/// `server` inside `stream`, and a `location` nested in another is still "location".
public enum NginxContext: String, CaseIterable, Hashable, Sendable {
    case main
    case events
    case mail
    case mailServer = "mail server"
    case stream
    case streamServer = "stream server"
    case streamUpstream = "stream upstream"
    case http
    case server
    case location
    case upstream
    case serverIf = "if in server"
    case locationIf = "if in location"
    case limitExcept = "limit_except"

    /// The chain of block names crossplane keys this context by.
    var path: [String] {
        switch self {
        case .main: []
        case .events: ["events"]
        case .mail: ["mail"]
        case .mailServer: ["mail", "server"]
        case .stream: ["stream"]
        case .streamServer: ["stream", "server"]
        case .streamUpstream: ["stream", "upstream"]
        case .http: ["http"]
        case .server: ["http", "server"]
        case .location: ["http", "location"]
        case .upstream: ["http", "upstream"]
        case .serverIf: ["http", "server", "if"]
        case .locationIf: ["http", "location", "if"]
        case .limitExcept: ["http", "location", "limit_except"]
        }
    }

    /// The context a chain of block names stands for; nil inside blocks nginx does not
    /// check (`map`, `types`, `geo`, …), whose contents are left unanalysed.
    init?(path: [String]) {
        guard let match = NginxContext.allCases.first(where: { $0.path == path }) else { return nil }
        self = match
    }

    /// The context inside a block opened by `directive` in the context `path`
    /// (crossplane's `enter_block_ctx`).
    static func enter(_ directive: String, from path: [String]) -> [String] {
        if path.first == "http", directive == "location" { return ["http", "location"] }
        return path + [directive]
    }
}
