#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Looks directives up in `NginxDirectiveTable.text`, read in place.
///
/// `berth parse` runs once per file, so whatever the table costs to set up is paid by
/// every process: a hash table of ~600 names took longer than parsing a typical config.
/// The table is sorted by name, so setting up only finds where each line starts (`memchr`
/// over the text), a lookup is a binary search over those lines, and only the line
/// found is read into forms.
struct NginxDirectiveIndex: Sendable {
    /// The table's text; a string literal is already contiguous UTF-8, so it is not copied.
    private let text: String
    /// Where each line of `text` starts, in table order.
    private let lineStarts: [Int32]

    init(text: String) {
        self.text = text
        var text = text
        lineStarts = text.withUTF8 { table in
            var starts: [Int32] = []
            starts.reserveCapacity(table.count / 60)
            guard let base = table.baseAddress else { return starts }
            var start = 0
            while start < table.count {
                starts.append(Int32(start))
                guard let newline = memchr(base + start, 0x0A, table.count - start) else { break }
                start = UnsafeRawPointer(newline) - UnsafeRawPointer(base) + 1
            }
            return starts
        }
    }

    /// The ways `name` may be written, or nil for a directive nginx's tables do not have.
    func forms(of name: String) -> [NginxDirectiveForm]? {
        var name = name
        return name.withUTF8 { key in
            withTable { table in
                guard let start = line(named: key, in: table) else { return nil }
                return NginxDirectiveIndex.forms(onLineAt: start, in: table).forms
            }
        }
    }

    private func withTable<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var table = text
        return table.withUTF8(body)
    }

    /// How many directives the table holds.
    var count: Int { lines { _, _ in }.count }

    /// The names in table order.
    var names: [String] { lines { _, _ in }.map { String(decoding: $0, as: UTF8.self) } }

    /// Words of the table that stand for nothing (a test keeps this empty).
    var unknownWords: [String] {
        var unknown: [String] = []
        _ = lines { table, start in unknown += NginxDirectiveIndex.forms(onLineAt: start, in: table).unknown }
        return unknown
    }

    /// The name of every line, after calling `visit` with the line's start.
    private func lines(_ visit: (UnsafeBufferPointer<UInt8>, Int) -> Void) -> [[UInt8]] {
        withTable { table in
            lineStarts.map { start in
                visit(table, Int(start))
                return Array(table[Int(start)..<NginxDirectiveIndex.wordEnd(from: Int(start), in: table)])
            }
        }
    }

    /// The start of the line whose name is `key`, by binary search over the sorted lines.
    private func line(named key: UnsafeBufferPointer<UInt8>, in table: UnsafeBufferPointer<UInt8>) -> Int? {
        var low = 0
        var high = lineStarts.count
        while low < high {
            let middle = (low + high) / 2
            let start = Int(lineStarts[middle])
            let end = NginxDirectiveIndex.wordEnd(from: start, in: table)
            let order = NginxDirectiveIndex.compare(UnsafeBufferPointer(rebasing: table[start..<end]), key)
            if order == 0 { return start }
            if order < 0 { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    /// The forms written after the name on the line starting at `start`, `|` between
    /// them, and any word that means nothing.
    private static func forms(onLineAt start: Int, in table: UnsafeBufferPointer<UInt8>)
        -> (forms: [NginxDirectiveForm], unknown: [String]) {
        var forms: [NginxDirectiveForm] = []
        var unknown: [String] = []
        var current: NginxDirectiveForm = []
        var position = wordEnd(from: start, in: table)
        let end = lineEnd(from: position, in: table)
        while position < end {
            if table[position] == UInt8(ascii: " ") {
                position += 1
                continue
            }
            let wordStart = position
            position = wordEnd(from: position, in: table)
            let word = UnsafeBufferPointer(rebasing: table[wordStart..<position])
            if word.count == 1, word[0] == UInt8(ascii: "|") {
                forms.append(current)
                current = []
            } else if let part = NginxDirectiveForm(word: word) {
                current.formUnion(part)
            } else {
                unknown.append(String(decoding: word, as: UTF8.self))
            }
        }
        forms.append(current)
        return (forms, unknown)
    }

    private static func wordEnd(from start: Int, in table: UnsafeBufferPointer<UInt8>) -> Int {
        var end = start
        while end < table.count, table[end] != UInt8(ascii: " "), table[end] != UInt8(ascii: "\n") { end += 1 }
        return end
    }

    private static func lineEnd(from start: Int, in table: UnsafeBufferPointer<UInt8>) -> Int {
        var end = start
        while end < table.count, table[end] != UInt8(ascii: "\n") { end += 1 }
        return end
    }

    /// Byte order, as `memcmp` then length: negative when `lhs` sorts first.
    private static func compare(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Int {
        for (left, right) in zip(lhs, rhs) where left != right {
            return Int(left) - Int(right)
        }
        return lhs.count - rhs.count
    }
}
