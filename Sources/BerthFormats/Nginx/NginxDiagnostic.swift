/// A parse problem together with the words crossplane uses for it, so `berth parse
/// --json` matches crossplane while the message on the terminal can also say what to do.
struct NginxDiagnostic: Sendable, Hashable {
    var error: ParseError
    /// crossplane's text for the problem, without its ` in FILE:LINE` suffix.
    var referenceMessage: String
    /// The line crossplane reports (the directive's line, or the last token's at the end of a file).
    var referenceLine: Int?
    /// crossplane appends ` in FILE:LINE` to its own errors but not to Python's (a missing include).
    var referenceHasPosition = true

    init(_ error: ParseError, referenceMessage: String? = nil, referenceLine: Int? = nil) {
        self.error = error
        self.referenceMessage = referenceMessage ?? error.message
        self.referenceLine = referenceLine ?? error.location.line
    }

    init(_ kind: ParseError.Kind, at location: SourceLocation, _ message: String,
         reference: String? = nil, severity: ParseError.Severity = .error) {
        self.init(ParseError(kind, at: location, message, severity: severity), referenceMessage: reference)
    }

    /// crossplane's `error` string: `message in FILE:LINE`.
    func referenceText(file: String) -> String {
        guard referenceHasPosition else { return referenceMessage }
        guard let referenceLine else { return "\(referenceMessage) in \(file)" }
        return "\(referenceMessage) in \(file):\(referenceLine)"
    }
}
