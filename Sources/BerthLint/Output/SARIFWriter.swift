import BerthFormats

/// SARIF 2.1.0, the format GitHub code scanning reads.
///
/// Every rule berth knows is listed in the driver (so a viewer can show its help), and
/// each finding points at its file relative to the repository root (`%SRCROOT%`).
public struct SARIFWriter: Sendable {
    public var version: String
    public var rules: [RuleDescription]

    public init(version: String, rules: [RuleDescription]) {
        self.version = version
        self.rules = rules
    }

    public func write(_ report: LintReport) -> String {
        let ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let driverRules = rules.map { rule -> JSONValue in
            .object([
                ("id", .string(rule.id)),
                ("name", .string(rule.id)),
                ("shortDescription", .object([("text", .string(rule.summary))])),
                ("fullDescription", .object([("text", .string(rule.summary + " " + rule.fix))])),
                ("help", .object([("text", .string("\(rule.fix)\nRead: berth notes \(rule.note)"))])),
                ("defaultConfiguration", .object([("level", .string(Self.level(rule.severity)))])),
                ("properties", .object([("tags", .array([.string(rule.note)]))])),
            ])
        }
        let results = report.findings.map { finding -> JSONValue in
            var members: [(String, JSONValue)] = [("ruleId", .string(finding.ruleID))]
            if let index = ruleIndex[finding.ruleID] { members.append(("ruleIndex", .int(index))) }
            members += [
                ("level", .string(Self.level(finding.severity))),
                ("message", .object([("text", .string("\(finding.message) Fix: \(finding.fix)"))])),
                ("locations", .array([.object([("physicalLocation", .object([
                    ("artifactLocation", .object([("uri", .string(Self.uri(finding.location.file))),
                                                  ("uriBaseId", .string("%SRCROOT%"))])),
                    ("region", .object([("startLine", .int(max(1, finding.location.line))),
                                        ("startColumn", .int(max(1, finding.location.column)))])),
                ]))])])),
            ]
            return .object(members)
        }
        let document = JSONValue.object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string("berth")),
                    ("version", .string(version)),
                    ("rules", .array(driverRules)),
                ]))])),
                ("results", .array(results)),
            ])])),
        ])
        return document.serialized(pretty: true) + "\n"
    }

    /// SARIF has three levels; info and style are both notes.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info, .style: "note"
        }
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
}
