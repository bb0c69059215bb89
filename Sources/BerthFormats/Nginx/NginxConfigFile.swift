/// One file of an nginx configuration as written, with the problems found in it.
public struct NginxConfigFile: Sendable {
    /// The path as berth reports it (relative to the repository when inside it).
    public var path: String
    /// The file's own statements; an `include` keeps its place with `includes` set.
    public var directives: [NginxDirective]
    /// False when a syntax error stopped the parse before the end (crossplane then lists
    /// no directives for the file; berth keeps what came before the error).
    public var isComplete: Bool
    /// False when the file could not be read at all (missing, outside the repository,
    /// too large, or not UTF-8).
    public var wasRead: Bool
    var diagnostics: [NginxDiagnostic]

    init(path: String, directives: [NginxDirective] = [], isComplete: Bool, wasRead: Bool,
         diagnostics: [NginxDiagnostic]) {
        self.path = path
        self.directives = directives
        self.isComplete = isComplete
        self.wasRead = wasRead
        self.diagnostics = diagnostics
    }

    /// Every problem found in this file, warnings included, in the order they were found.
    public var errors: [ParseError] { diagnostics.map(\.error) }

    /// crossplane's status: `failed` when any error (not a warning) was found.
    public var status: String {
        diagnostics.contains { $0.error.severity == .error } ? "failed" : "ok"
    }
}
