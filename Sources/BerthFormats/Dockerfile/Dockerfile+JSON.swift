extension Dockerfile {
    /// What `berth parse dockerfile FILE --json` prints. The shape is stable:
    ///
    /// ```
    /// {"directives": {"syntax": "docker/dockerfile:1"},          // name → value, file order
    ///  "preamble": [INSTRUCTION…],                               // global ARGs before the first FROM
    ///  "stages": [{"index": 0, "name": "build",                  // name only when `AS` is given
    ///              "base": {"reference": "golang:1.22", "registry"?, "repository": "golang",
    ///                       "tag"?, "digest"?, "platform"?, "stage"?: 0, "resolved"?: false},
    ///              "line": 3, "instructions": [INSTRUCTION…]}],  // the FROM first
    ///  "errors": [{"line", "column", "severity", "kind", "message"}]}
    ///
    /// INSTRUCTION = {"instruction": "RUN", "line": 3, "column": 1, "endLine": 5,  // endLine: last line, here-documents included
    ///   "form"?: "shell" | "exec",         // only for instructions that accept a JSON array
    ///   "arguments": ["…"],                // words as written (exec form: the decoded strings)
    ///   "expanded"?: ["…"],                // after variable substitution, where Docker does it
    ///   "flags": {"from": "build", "link": true, "mount": ["…", "…"]},  // repeated flags: an array
    ///   "heredocs"?: [{"name", "line", "column", "content", "stripTabs", "expand"}],
    ///   "commands"?: [{"name", "line", "column", "arguments": ["…"]}],  // RUN's simple commands
    ///   "trigger"?: INSTRUCTION}            // ONBUILD's instruction
    /// ```
    public func json() -> JSONValue {
        .object([
            ("directives", .object(directives.map { ($0.name, .string($0.value)) })),
            ("preamble", .array(preamble.map { $0.json() })),
            ("stages", .array(stages.map { $0.json() })),
            ("errors", .array(errors.map { error in
                .object([
                    ("line", .int(error.location.line)), ("column", .int(error.location.column)),
                    ("severity", .string(error.severity.rawValue)), ("kind", .string(error.kind.rawValue)),
                    ("message", .string(error.message)),
                ])
            })),
        ])
    }
}

extension DockerfileStage {
    func json() -> JSONValue {
        var members: [(String, JSONValue)] = [("index", .int(index))]
        if let name { members.append(("name", .string(name))) }
        if let base {
            var reference: [(String, JSONValue)] = [("reference", .string(base.text))]
            if let registry = base.registry { reference.append(("registry", .string(registry))) }
            reference.append(("repository", .string(base.repository)))
            if let tag = base.tag { reference.append(("tag", .string(tag))) }
            if let digest = base.digest { reference.append(("digest", .string(digest))) }
            if let platform = from?.platform?.expandedValue { reference.append(("platform", .string(platform))) }
            if let baseStage { reference.append(("stage", .int(baseStage))) }
            if !base.isResolved { reference.append(("resolved", .bool(false))) }
            members.append(("base", .object(reference)))
        }
        members.append(("line", .int(fromInstruction.location.line)))
        members.append(("instructions", .array(instructions.map { $0.json() })))
        return .object(members)
    }
}

extension DockerfileInstruction {
    func json() -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("instruction", .string(keyword)), ("line", .int(location.line)), ("column", .int(location.column)),
            ("endLine", .int(lastLine)),
        ]
        if let form { members.append(("form", .string(form.rawValue))) }
        members.append(("arguments", .array(arguments.map { .string($0.raw) })))
        if expandsVariables { members.append(("expanded", .array(arguments.map { .string($0.expanded) }))) }
        var flagMembers: [(String, JSONValue)] = []
        for name in flags.map(\.name) where !flagMembers.contains(where: { $0.0 == name }) {
            let values: [JSONValue] = flags(name).map { flag in flag.value.map { .string($0.expanded) } ?? .bool(true) }
            flagMembers.append((name, values.count == 1 ? values[0] : .array(values)))
        }
        members.append(("flags", .object(flagMembers)))
        if !heredocs.isEmpty {
            members.append(("heredocs", .array(heredocs.map { heredoc in
                .object([
                    ("name", .string(heredoc.name)), ("line", .int(heredoc.location.line)),
                    ("column", .int(heredoc.location.column)), ("content", .string(heredoc.content)),
                    ("stripTabs", .bool(heredoc.stripsTabs)), ("expand", .bool(heredoc.expandsVariables)),
                ])
            })))
        }
        if keyword == "RUN" {
            members.append(("commands", .array(shellCommands.map { command in
                .object([
                    ("name", .string(command.name)), ("line", .int(command.nameLocation.line)),
                    ("column", .int(command.nameLocation.column)),
                    ("arguments", .array(command.arguments.map { .string($0.text) })),
                ])
            })))
        }
        if let trigger { members.append(("trigger", trigger.json())) }
        return .object(members)
    }
}
