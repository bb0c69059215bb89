import BerthFormats

/// The nginx config a check reads (`path:`), with the files it includes, in the block
/// nginx reads it in: a whole nginx.conf or a conf.d snippet.
struct NginxConfigTarget: Sendable {
    var path: String

    init?(_ fields: inout ManifestFields) {
        guard let path = fields.string("path", "the config file's path, like proxy/nginx.conf") else { return nil }
        self.path = StudentRepository.normalized(path)
    }

    /// Runs `body` on the parsed config. A missing file, or one nginx would refuse to load
    /// (a `;` missing after `proxy_pass`), fails with the parser's words and position.
    func evaluate(in repository: StudentRepository, expected: String,
                  _ body: (NginxConfig) -> CheckOutcome) -> CheckOutcome {
        switch repository.nginxConfig(path) {
        case .failure(let error):
            var outcome = CheckOutcome.unreadable(error, expected: expected)
            outcome.found += "; nothing else in it could be checked"
            return outcome
        case .success(let config):
            if let error = config.errors.first(where: Self.stopsNginx) {
                var outcome = CheckOutcome.unreadable(error, expected: expected)
                outcome.found += " (nginx would refuse to start with this config)"
                return outcome
            }
            return body(config)
        }
    }

    /// A problem nginx itself would refuse to start with. An include berth cannot read is not
    /// one: `include mime.types;` names a file of the image, relative to /etc/nginx, that the
    /// repository does not hold; the checks look at what could be read.
    static func stopsNginx(_ error: ParseError) -> Bool {
        error.severity == .error && error.kind != .unreadable && error.kind != .outsideRepository
    }

    /// The file's first line, where a check points when what it looks for is nowhere.
    var start: SourceLocation { SourceLocation(file: path, line: 1, column: 1) }
}
