extension NginxConfig {
    /// The configuration in the shape of `crossplane parse`: status, every error, and one
    /// entry per file with its statements. Warnings are left out, as crossplane has none.
    /// A file whose parse a syntax error stopped lists no statements, as in crossplane.
    public func json() -> JSONValue {
        var allErrors: [JSONValue] = []
        var configs: [JSONValue] = []
        for file in files {
            let errors = file.diagnostics.filter { $0.error.severity == .error }
            allErrors += errors.map { diagnostic in
                .object([("file", .string(file.path)), ("error", .string(diagnostic.referenceText(file: file.path))),
                         ("line", NginxConfig.line(diagnostic))])
            }
            configs.append(.object([
                ("file", .string(file.path)),
                ("status", .string(errors.isEmpty ? "ok" : "failed")),
                ("errors", .array(errors.map { diagnostic in
                    .object([("error", .string(diagnostic.referenceText(file: file.path))),
                             ("line", NginxConfig.line(diagnostic))])
                })),
                ("parsed", .array(file.isComplete ? file.directives.map(NginxConfig.json) : [])),
            ]))
        }
        return .object([
            ("status", .string(allErrors.isEmpty ? "ok" : "failed")),
            ("errors", .array(allErrors)),
            ("config", .array(configs)),
        ])
    }

    private static func line(_ diagnostic: NginxDiagnostic) -> JSONValue {
        diagnostic.referenceLine.map { .int($0) } ?? .null
    }

    private static func json(_ directive: NginxDirective) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("directive", .string(directive.name)),
            ("line", .int(directive.location.line)),
            ("args", .array(directive.arguments.map { .string($0.value) })),
        ]
        if let includes = directive.includes { members.append(("includes", .array(includes.map { .int($0) }))) }
        if let block = directive.block { members.append(("block", .array(block.map(json)))) }
        if let comment = directive.comment { members.append(("comment", .string(comment))) }
        return .object(members)
    }
}
