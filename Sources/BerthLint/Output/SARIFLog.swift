import BerthFormats

/// A SARIF 2.1.0 log, the format GitHub code scanning reads, built from plain values: shared
/// by `berth lint` (a rule per lint rule) and `berth grade` (a rule per check of a lab).
public struct SARIFLog: Sendable {
    public struct Rule: Sendable {
        public var id: String
        public var summary: String
        public var description: String
        public var help: String
        public var level: String
        public var tags: [String]

        public init(id: String, summary: String, description: String, help: String, level: String, tags: [String]) {
            self.id = id
            self.summary = summary
            self.description = description
            self.help = help
            self.level = level
            self.tags = tags
        }
    }

    public struct Result: Sendable {
        public var ruleID: String
        public var level: String
        public var message: String
        public var location: SourceLocation

        public init(ruleID: String, level: String, message: String, location: SourceLocation) {
            self.ruleID = ruleID
            self.level = level
            self.message = message
            self.location = location
        }
    }

    /// One run of the tool: over one repository, whose root `%SRCROOT%` stands for.
    public struct Run: Sendable {
        public var rules: [Rule]
        public var results: [Result]
        /// The root as a file URI, when the log covers several repositories.
        public var sourceRoot: String?

        public init(rules: [Rule], results: [Result], sourceRoot: String? = nil) {
            self.rules = rules
            self.results = results
            self.sourceRoot = sourceRoot
        }
    }

    public var version: String
    public var runs: [Run]

    public init(version: String, runs: [Run]) {
        self.version = version
        self.runs = runs
    }

    public func serialized() -> String {
        let document = JSONValue.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array(runs.map(json))),
        ])
        return document.serialized(pretty: true) + "\n"
    }

    private func json(_ run: Run) -> JSONValue {
        let ruleIndex = Dictionary(run.rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let rules = run.rules.map { rule -> JSONValue in
            .object([
                ("id", .string(rule.id)),
                ("name", .string(rule.id)),
                ("shortDescription", .object([("text", .string(rule.summary))])),
                ("fullDescription", .object([("text", .string(rule.description))])),
                ("help", .object([("text", .string(rule.help))])),
                ("defaultConfiguration", .object([("level", .string(rule.level))])),
                ("properties", .object([("tags", .array(rule.tags.map(JSONValue.string)))])),
            ])
        }
        let results = run.results.map { result -> JSONValue in
            var members: [(String, JSONValue)] = [("ruleId", .string(result.ruleID))]
            if let index = ruleIndex[result.ruleID] { members.append(("ruleIndex", .int(index))) }
            members += [
                ("level", .string(result.level)),
                ("message", .object([("text", .string(result.message))])),
                ("locations", .array([.object([("physicalLocation", .object([
                    ("artifactLocation", .object([("uri", .string(Self.uri(result.location.file))),
                                                  ("uriBaseId", .string("%SRCROOT%"))])),
                    ("region", .object([("startLine", .int(max(1, result.location.line))),
                                        ("startColumn", .int(max(1, result.location.column)))])),
                ]))])])),
            ]
            return .object(members)
        }
        var members: [(String, JSONValue)] = [
            ("tool", .object([("driver", .object([
                ("name", .string("berth")),
                ("version", .string(version)),
                ("rules", .array(rules)),
            ]))])),
        ]
        if let root = run.sourceRoot {
            members.append(("originalUriBaseIds", .object([("%SRCROOT%", .object([("uri", .string(root))]))])))
        }
        members.append(("results", .array(results)))
        return .object(members)
    }

    /// A relative URI: path segments percent-encoded where they must be.
    static func uri(_ path: String) -> String {
        var result = ""
        for scalar in path.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || "-._~/".unicodeScalars.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 { result += "%" + String(byte, radix: 16, uppercase: true) }
            }
        }
        return result
    }

    /// `file:///abs/path/`, the form `originalUriBaseIds` wants for a folder.
    public static func folderURI(_ absolutePath: String) -> String {
        "file://" + uri(absolutePath.hasSuffix("/") ? absolutePath : absolutePath + "/")
    }
}
