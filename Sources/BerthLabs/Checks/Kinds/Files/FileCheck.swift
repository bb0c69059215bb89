import BerthFormats

/// `kind: file`: a file exists (and is not an empty folder), and optionally holds some
/// text, ends with a newline, or is exactly some lines.
///
/// ```yaml
/// kind: file
/// path: 2-api-servers.txt
/// lines: ["docker-compose up --scale back-end=2"]   # exact content, line by line
/// final-newline: true
/// contains: ["--scale"]                             # each must appear somewhere
/// ```
public struct FileCheck: StaticCheck {
    public static let kind = "file"

    public var path: String
    public var contains: [String]
    public var lines: [String]?
    public var finalNewline: Bool

    public init?(_ fields: inout ManifestFields) {
        guard let path = fields.string("path", "the file's path in the repository") else { return nil }
        self.path = path
        contains = fields.strings("contains")
        let listed = fields.strings("lines")
        lines = fields.has("lines") ? listed : nil
        finalNewline = fields.bool("final-newline") ?? false
    }

    public func evaluate(in repository: StudentRepository) -> CheckOutcome {
        let wantsContent = !contains.isEmpty || lines != nil || finalNewline
        let entry = repository.entry(at: path)
        if !wantsContent, entry == .directory {
            return .pass(at: repository.location(of: path), expected: "\(path) in the repository", found: "the folder \(path)")
        }
        if let problem = entry.problem(reading: path, in: repository) { return problem }
        guard wantsContent else {
            return .pass(at: repository.location(of: path), expected: "\(path) in the repository", found: "\(path) exists")
        }
        return evaluateContent(in: repository)
    }

    private func evaluateContent(in repository: StudentRepository) -> CheckOutcome {
        let source: SourceText
        switch repository.text(path) {
        case .failure(let error): return .unreadable(error, expected: "a readable \(path)")
        case .success(let text): source = text
        }
        let text = source.text
        for wanted in contains where !text.contains(wanted) {
            return .fail(at: repository.location(of: path), expected: "\(path) to contain `\(wanted)`",
                         found: "no `\(wanted)` in \(path)")
        }
        if let lines, let mismatch = firstMismatch(in: source, against: lines) {
            return mismatch
        }
        // By scalars: a file that ends in "\r\n" ends in a Character that is not "\n".
        if finalNewline, text.unicodeScalars.last != "\n" {
            return .fail(at: SourceLocation(file: source.path, line: source.lines.count, column: 1),
                         expected: "\(path) to end with a newline", found: "the last line has no newline at its end")
        }
        return .pass(at: repository.location(of: path), expected: "\(path) as asked", found: "\(path) as asked")
    }

    /// The first line that differs from `expected`, said the way a student can see it:
    /// CRLF line ends, trailing spaces and extra lines are named.
    private func firstMismatch(in source: SourceText, against expected: [String]) -> CheckOutcome? {
        let text = source.text
        var actual = source.lines.map(String.init)
        if actual.last == "" { actual.removeLast() }
        var offset = text.startIndex
        for (index, line) in actual.enumerated() {
            let place = SourceLocation(file: StudentRepository.normalized(path), line: index + 1, column: 1)
            let end = text.index(offset, offsetBy: line.count, limitedBy: text.endIndex) ?? text.endIndex
            let endsInCRLF = end < text.endIndex && text[end] == "\r\n"
            offset = end < text.endIndex ? text.index(after: end) : end
            guard index < expected.count else {
                return .fail(at: place, expected: "\(expected.count) line(s)", found: "an extra line `\(line)`")
            }
            let wanted = expected[index]
            if line == wanted && endsInCRLF {
                return .fail(at: place, expected: "`\(wanted)` with a Unix line end", found: "a Windows line end (CRLF); save the file with LF line ends")
            }
            if line == wanted { continue }
            if line.trimmingTrailingSpaces() == wanted {
                return .fail(at: place, expected: "`\(wanted)`", found: "`\(line)` with trailing spaces")
            }
            return .fail(at: place, expected: "`\(wanted)`", found: line.isEmpty ? "an empty line" : "`\(line)`")
        }
        if actual.count < expected.count {
            let place = SourceLocation(file: StudentRepository.normalized(path), line: max(1, actual.count), column: 1)
            return .fail(at: place, expected: "`\(expected[actual.count])` on line \(actual.count + 1)", found: "the file ends")
        }
        return nil
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var result = self
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}
