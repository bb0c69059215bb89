import BerthFormats

/// Inline suppressions: `# berth-ignore BL123` (or `BL123, BL301`) in the comment lines
/// directly above the line a finding points at. `#` starts a comment in all three formats.
struct Suppressions {
    static let marker = "berth-ignore"

    private let reader: SourceReader
    /// Lines of each file read so far.
    private var lines: [String: [Substring]] = [:]

    init(reader: SourceReader) {
        self.reader = reader
    }

    /// Whether a comment above the finding's line names its rule.
    mutating func suppresses(_ finding: Finding) -> Bool {
        let fileLines = lines(of: finding.location.file)
        var index = finding.location.line - 2
        while index >= 0, index < fileLines.count {
            let line = fileLines[index].drop { $0 == " " || $0 == "\t" }
            guard line.hasPrefix("#") else { return false }
            if Suppressions.ruleIDs(in: line).contains(finding.ruleID) { return true }
            index -= 1
        }
        return false
    }

    /// The ids a `# berth-ignore …` comment names; empty for any other comment.
    static func ruleIDs(in comment: Substring) -> Set<String> {
        let words = comment.dropFirst().split { $0 == " " || $0 == "\t" || $0 == "," || $0 == "\r" }
        guard let first = words.first, first.trimmingSuffix(":") == marker else { return [] }
        return Set(words.dropFirst().map { $0.uppercased() })
    }

    private mutating func lines(of file: String) -> [Substring] {
        if let cached = lines[file] { return cached }
        let text = (try? reader.read(file).text) ?? ""
        let split = text.split(separator: "\n", omittingEmptySubsequences: false)
        lines[file] = split
        return split
    }
}

extension Substring {
    fileprivate func trimmingSuffix(_ suffix: String) -> Substring {
        hasSuffix(suffix) ? dropLast(suffix.count) : self
    }
}
