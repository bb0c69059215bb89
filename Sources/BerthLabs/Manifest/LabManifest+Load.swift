import BerthFormats

extension LabManifest {
    public static let fileName = "lab.yaml"

    /// Reads `lab.yaml` in `directory`. Every problem comes back with its position (syntax,
    /// unknown keys with the closest known one, unknown check kinds, bad values); the
    /// manifest is nil when the file cannot be used at all.
    public static func load(directory: String) -> (manifest: LabManifest?, problems: [ParseError]) {
        let reader = SourceReader(root: directory)
        let document = YAMLDocument.load(path: fileName, reader: reader)
        guard document.errors.isEmpty else { return (nil, document.errors) }
        guard let root = document.root, !root.isNull else {
            return (nil, [ParseError(.syntax, at: SourceLocation(file: fileName, line: 1, column: 1),
                                     "\(fileName) is empty; a lab starts with `schema: 1`, `id:`, `title:` and `tasks:`")])
        }
        var decoder = ManifestDecoder()
        return decoder.decodeLab(root)
    }
}

/// Turns `lab.yaml`'s nodes into the manifest types, one mapping at a time.
struct ManifestDecoder {
    private var problems: [ParseError] = []

    mutating func decodeLab(_ root: ComposeNode) -> (manifest: LabManifest?, problems: [ParseError]) {
        var fields = ManifestFields(root, subject: "the lab")
        guard root.entries != nil else { return (nil, fields.problems) }
        if let schema = fields.integer("schema", in: 1...1_000), schema != LabManifest.schemaVersion {
            fields.invalid(root["schema"] ?? root, "this lab is written for schema \(schema); this berth reads schema \(LabManifest.schemaVersion): update berth")
        } else if !fields.has("schema") {
            fields.invalid(root, "the lab needs `schema: \(LabManifest.schemaVersion)`")
        }
        let id = fields.string("id", "a short name like stack")
        let title = fields.string("title")
        let description = fields.optionalString("description") ?? ""
        let starter = decodeStarter(fields.value("starter"))
        var tasks: [TaskManifest] = []
        if let list = fields.value("tasks") {
            if let items = list.items, !items.isEmpty {
                tasks = items.compactMap { decodeTask($0) }
            } else {
                fields.invalid(list, "`tasks:` is a list with at least one task")
            }
        } else {
            fields.invalid(root, "the lab needs `tasks:`, a list of its tasks in order")
        }
        fields.rejectUnknownKeys()
        problems = fields.problems + problems
        reportDuplicates(tasks.map { ($0.id, $0.location) }, what: "task")
        problems = problems.enumerated().sorted { lhs, rhs in
            let (left, right) = (lhs.element.location, rhs.element.location)
            return (left.line, left.column, lhs.offset) < (right.line, right.column, rhs.offset)
        }.map(\.element)
        guard let id, let title else { return (nil, problems) }
        let manifest = LabManifest(id: id, title: title, description: description, starter: starter,
                                   tasks: tasks, location: root.location)
        return (manifest, problems)
    }

    private mutating func decodeStarter(_ node: ComposeNode?) -> [StarterEntry] {
        guard let node else { return [] }
        guard let entries = node.entries else {
            problems.append(ParseError(.invalidValue, at: node.location,
                                       "`starter:` maps a path in the student's repository to a path under labs/, like `backend: backend`"))
            return []
        }
        return entries.compactMap { entry in
            guard let source = entry.value.scalar?.string else {
                problems.append(ParseError(.invalidValue, at: entry.value.location, "starter `\(entry.name)` needs a path under labs/"))
                return nil
            }
            return StarterEntry(destination: entry.name, source: source, location: entry.key.location)
        }
    }

    private mutating func decodeTask(_ node: ComposeNode) -> TaskManifest? {
        let name = node["id"]?.scalar?.string
        var fields = ManifestFields(node, subject: name.map { "task `\($0)`" } ?? "a task")
        defer { problems += fields.problems }
        guard node.entries != nil else { return nil }
        let id = fields.string("id", "a short name like first-image")
        let title = fields.string("title")
        let points = fields.number("points")
        let instructions = fields.string("instructions", "the markdown file with the task's text")
        let hints = fields.strings("hints")
        let notes = fields.strings("notes")
        let solution = fields.optionalString("solution")
        var checks: [CheckSpec] = []
        if let list = fields.value("checks") {
            if let items = list.items {
                checks = items.compactMap { decodeCheck($0, task: id ?? "?") }
            } else {
                fields.invalid(list, "`checks:` is a list of checks")
            }
        }
        fields.rejectUnknownKeys()
        reportDuplicates(checks.map { ($0.id, $0.location) }, what: "check in task `\(id ?? "?")`")
        guard let id, let title, let points, let instructions else { return nil }
        return TaskManifest(id: id, title: title, points: points, instructions: instructions, hints: hints,
                            notes: notes, solution: solution, checks: checks, location: node.location)
    }

    private mutating func decodeCheck(_ node: ComposeNode, task: String) -> CheckSpec? {
        let name = node["id"]?.scalar?.string
        var fields = ManifestFields(node, subject: name.map { "check `\($0)` of task `\(task)`" } ?? "a check of task `\(task)`")
        defer { problems += fields.problems }
        guard node.entries != nil else { return nil }
        let id = fields.string("id", "a short name unique in the task")
        let points = fields.number("points")
        let message = fields.string("message", "what a failure means, in the student's words")
        let fix = fields.string("fix", "what to change")
        let note = fields.optionalString("note")
        guard let kindName = fields.string("kind", "one of \(CheckCatalog.names.joined(separator: ", "))") else {
            fields.rejectUnknownKeys()
            return nil
        }
        guard let decoded = CheckCatalog.decode(kind: kindName, &fields) else {
            let location = node["kind"]?.location ?? node.location
            // The kind's own keys are unknown too, so they are not reported one by one.
            let hint = NameSuggestion.closest(to: kindName, among: CheckCatalog.names).map { "did you mean `\($0)`? " } ?? ""
            problems.append(ParseError(.invalidValue, at: location,
                                       "unknown check kind `\(kindName)`; \(hint)known kinds: \(CheckCatalog.names.joined(separator: ", "))"))
            return nil
        }
        let check = decoded
        fields.rejectUnknownKeys()
        guard let id, let points, let message, let fix, let check else { return nil }
        return CheckSpec(id: id, kind: kindName, points: points, message: message, fix: fix, note: note,
                         check: check, location: node.location)
    }

    private mutating func reportDuplicates(_ ids: [(String, SourceLocation)], what: String) {
        var seen: Set<String> = []
        for (id, location) in ids where !seen.insert(id).inserted {
            problems.append(ParseError(.invalidValue, at: location, "a second \(what) with id `\(id)`; ids must be unique"))
        }
    }
}
