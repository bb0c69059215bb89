import Foundation

/// The `---` block at the top of a note: title, summary, group and order.
///
/// Only the four keys berth knows are accepted, one `key: value` per line, so a typo
/// (`tilte:`) is caught at its position instead of leaving a note untitled. Values may
/// be plain or quoted ('…' or "…") as in YAML.
struct FrontMatter {
    static let keys = ["title", "summary", "group", "order"]

    var title: String
    var summary: String
    var group: String
    var order: Int
    /// The 1-based line after the closing `---`, where the markdown starts.
    var bodyStartLine: Int
    var body: String

    init(text: String, path: String) throws(NotesError) {
        // Only the front matter is split into lines; the body is sliced off as one piece,
        // so loading every note for a listing stays cheap.
        var lines: [Substring] = []
        var closingIndex: Int?
        var bodyStart = text.endIndex
        var cursor = text.startIndex
        while cursor < text.endIndex, closingIndex == nil {
            let end = text[cursor...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[cursor..<end]
            cursor = end < text.endIndex ? text.index(after: end) : end
            if lines.isEmpty, !Self.isFence(line) {
                throw NotesError(.frontMatter, path: path, line: 1, column: 1,
                                 "a note starts with front matter: a line `---`, then title, summary, group and order, then `---`")
            }
            if !lines.isEmpty, Self.isFence(line) {
                closingIndex = lines.count
                bodyStart = cursor
            }
            lines.append(line)
        }
        if lines.isEmpty {
            throw NotesError(.frontMatter, path: path, line: 1, column: 1,
                             "a note starts with front matter: a line `---`, then title, summary, group and order, then `---`")
        }
        var values: [String: Entry] = [:]
        for (index, line) in lines.enumerated().dropFirst() where index != closingIndex {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let entry = try Entry(line, line: index + 1, path: path)
            guard values[entry.key] == nil else {
                throw NotesError(.frontMatter, path: path, line: index + 1, column: 1,
                                 "`\(entry.key):` is given twice; keep one")
            }
            values[entry.key] = entry
        }
        guard let closingIndex else {
            throw NotesError(.frontMatter, path: path, line: lines.count, column: 1,
                             "the front matter opened on line 1 is never closed; add a line `---` after `order:`")
        }
        let closingLine = closingIndex + 1
        func required(_ key: String) throws(NotesError) -> Entry {
            guard let entry = values[key] else {
                throw NotesError(.frontMatter, path: path, line: closingLine, column: 1,
                                 "the front matter has no `\(key):`; add it before this `---`")
            }
            return entry
        }
        title = try required("title").value
        summary = try required("summary").value
        group = try required("group").value
        let orderEntry = try required("order")
        guard let order = Int(orderEntry.value) else {
            throw NotesError(.frontMatter, path: path, line: orderEntry.line, column: orderEntry.column,
                             "`order: \(orderEntry.value)` is not a whole number; write one like `order: 140`")
        }
        self.order = order
        bodyStartLine = closingLine + 1
        body = String(text[bodyStart...])
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.trimmingCharacters(in: .whitespaces) == "---"
    }

    /// One `key: value` line, checked; columns count Unicode scalars, as editors do.
    private struct Entry {
        var key: String
        var value: String
        var line: Int
        /// Where the value starts, for errors about the value.
        var column: Int

        init(_ text: Substring, line: Int, path: String) throws(NotesError) {
            guard let colon = text.firstIndex(of: ":") else {
                throw NotesError(.frontMatter, path: path, line: line, column: 1,
                                 "expected `key: value` (one of \(FrontMatter.keys.joined(separator: ", "))), or `---` to close the front matter")
            }
            key = text[..<colon].trimmingCharacters(in: .whitespaces)
            guard FrontMatter.keys.contains(key) else {
                throw NotesError(.frontMatter, path: path, line: line, column: 1,
                                 "unknown front matter key `\(key)`; the keys are \(FrontMatter.keys.joined(separator: ", "))")
            }
            let rawValue = text[text.index(after: colon)...]
            let leading = rawValue.prefix { $0 == " " || $0 == "\t" }
            self.line = line
            column = text[..<colon].unicodeScalars.count + 2 + leading.unicodeScalars.count
            value = FrontMatter.unquote(rawValue.trimmingCharacters(in: .whitespaces))
            guard !value.isEmpty else {
                throw NotesError(.frontMatter, path: path, line: line, column: column,
                                 "`\(key):` is empty; give it a value")
            }
        }
    }

    /// The text inside matching quotes, with YAML's doubled `''` and escaped `\"` undone.
    private static func unquote(_ value: String) -> String {
        guard value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" else {
            return value
        }
        let inner = String(value.dropFirst().dropLast())
        return first == "'"
            ? inner.replacingOccurrences(of: "''", with: "'")
            : inner.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
    }
}
