import Foundation

/// Every note in one folder, loaded and checked up front.
///
/// Loading is all-or-nothing: a note with broken front matter or bytes stops the load
/// with its position, because a listing that silently drops a note hides the mistake
/// from the person who can fix it.
public struct NoteLibrary: Sendable {
    /// In listing order: by `order`, then by topic.
    public var notes: [Note]

    /// Loads every `*.md` file directly inside `directory`, except `README.md`.
    public init(directory: String) throws(NotesError) {
        let folder = URL(fileURLWithPath: directory).standardizedFileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw NotesError(.missingFolder, path: directory,
                             "no notes folder at \(directory); set BERTH_NOTES or reinstall berth")
        }
        guard isDirectory.boolValue else {
            throw NotesError(.missingFolder, path: directory,
                             "\(directory) is a file, not a notes folder; set BERTH_NOTES to the folder holding the .md notes")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw NotesError(.unreadable, path: directory, "cannot list \(directory); check its permissions")
        }
        var notes: [Note] = []
        for name in names.sorted() where Self.isNoteFileName(name) {
            let path = folder + "/" + name
            var isSubfolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isSubfolder), !isSubfolder.boolValue else {
                continue
            }
            notes.append(try Self.load(path: path))
        }
        self.notes = notes.sorted(by: Note.listedBefore)
    }

    /// A library over notes already in memory, e.g. for tests or generated notes.
    public init(notes: [Note]) {
        self.notes = notes.sorted(by: Note.listedBefore)
    }

    /// The groups, each in order of its smallest `order`, each note list in listing order.
    public var groups: [NoteGroup] {
        var groups: [NoteGroup] = []
        var indexByName: [String: Int] = [:]
        // `notes` is already sorted, so a group first seen earlier has the smaller order.
        for note in notes {
            if let index = indexByName[note.group] {
                groups[index].notes.append(note)
            } else {
                indexByName[note.group] = groups.count
                groups.append(NoteGroup(name: note.group, notes: [note]))
            }
        }
        return groups
    }

    /// The note a user means by `query`: see `TopicMatcher` for the rules.
    public func match(_ query: String) -> TopicMatch {
        TopicMatcher(notes: notes).match(query)
    }

    /// The note whose topic is exactly `topic`, as used by links between notes.
    public func note(topic: String) -> Note? {
        notes.first { $0.topic == topic }
    }

    static func isNoteFileName(_ name: String) -> Bool {
        name.hasSuffix(".md") && name.count > 3 && !name.hasPrefix(".") && name.lowercased() != "readme.md"
    }

    /// Reads and parses one note file.
    static func load(path: String) throws(NotesError) -> Note {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= NoteText.maximumSize else {
            throw NoteText.tooLarge(size: size, path: path)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw NotesError(.unreadable, path: path, "cannot read the note; check its permissions")
        }
        let text = try NoteText(bytes: Array(data), path: path).text
        let front = try FrontMatter(text: text, path: path)
        let name = URL(fileURLWithPath: path).lastPathComponent
        return Note(topic: String(name.dropLast(3)), title: front.title, summary: front.summary,
                    group: front.group, order: front.order, markdown: front.body,
                    path: path, bodyStartLine: front.bodyStartLine)
    }
}
