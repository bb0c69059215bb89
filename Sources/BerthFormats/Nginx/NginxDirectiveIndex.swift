/// `NginxDirectiveTable.text`, read into a hash table over its own bytes.
///
/// `berth parse` runs once per file, so the table is built in every process: reading it
/// must cost microseconds, not the milliseconds a dictionary of strings would take.
/// Names are hashed as bytes and never copied out; the forms sit in one flat array.
struct NginxDirectiveIndex: Sendable {
    private struct Entry: Sendable {
        var name: Range<Int>
        var forms: Range<Int>
    }

    private let bytes: [UInt8]
    private let entries: [Entry]
    private let forms: [NginxDirectiveForm]
    /// Open addressing: an entry's index plus one, or 0 for an empty slot.
    private let slots: [Int32]
    /// Words of the table that stand for nothing (a test keeps this empty).
    let unknownWords: [String]

    init(text: String) {
        let table = Array(text.utf8)
        let (entries, forms, unknown) = table.withUnsafeBufferPointer(NginxDirectiveIndex.read)
        var capacity = 1
        while capacity < entries.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: 0, count: capacity)
        table.withUnsafeBufferPointer { buffer in
            for (number, entry) in entries.enumerated() {
                var slot = NginxDirectiveIndex.hash(UnsafeBufferPointer(rebasing: buffer[entry.name])) & (capacity - 1)
                while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
                slots[slot] = Int32(number + 1)
            }
        }
        (bytes, self.entries, self.forms, self.slots, unknownWords) = (table, entries, forms, slots, unknown)
    }

    /// How many directives the table holds.
    var count: Int { entries.count }

    /// The ways `name` may be written, or nil for a directive nginx's tables do not have.
    func forms(of name: String) -> ArraySlice<NginxDirectiveForm>? {
        guard !slots.isEmpty else { return nil }
        var slot = NginxDirectiveIndex.hash(name.utf8) & (slots.count - 1)
        while slots[slot] != 0 {
            let entry = entries[Int(slots[slot]) - 1]
            if entry.name.count == name.utf8.count, bytes[entry.name].elementsEqual(name.utf8) {
                return forms[entry.forms]
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Every line: the name, then words up to the end of the line, `|` between forms.
    private static func read(_ text: UnsafeBufferPointer<UInt8>)
        -> (entries: [Entry], forms: [NginxDirectiveForm], unknown: [String]) {
        var entries: [Entry] = []
        var forms: [NginxDirectiveForm] = []
        var unknown: [String] = []
        var name: Range<Int>?
        var current: NginxDirectiveForm = []
        var position = 0
        while position <= text.count {
            if position == text.count || text[position] == UInt8(ascii: "\n") {
                if let found = name {
                    let first = entries.last?.forms.upperBound ?? 0
                    forms.append(current)
                    entries.append(Entry(name: found, forms: first..<forms.count))
                }
                name = nil
                current = []
                position += 1
                continue
            }
            if text[position] == UInt8(ascii: " ") {
                position += 1
                continue
            }
            let start = position
            while position < text.count, text[position] != UInt8(ascii: " "), text[position] != UInt8(ascii: "\n") {
                position += 1
            }
            let word = UnsafeBufferPointer(rebasing: text[start..<position])
            if name == nil {
                name = start..<position
            } else if word.count == 1, word[0] == UInt8(ascii: "|") {
                forms.append(current)
                current = []
            } else if let part = NginxDirectiveForm(word: word) {
                current.formUnion(part)
            } else {
                unknown.append(String(decoding: word, as: UTF8.self))
            }
        }
        return (entries, forms, unknown)
    }

    /// FNV-1a: a few instructions a byte, and directive names are short.
    private static func hash(_ name: some Sequence<UInt8>) -> Int {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name {
            value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: value >> 1)
    }
}
