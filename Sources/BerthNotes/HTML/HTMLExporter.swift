import Foundation

/// The notes as a static site that works straight from the file system: `index.html`
/// listing every note by group, one `TOPIC.html` per note, and `style.css`.
///
/// Writes only those files: anything else already in the folder is left alone, and
/// each file is replaced atomically so a reader never sees half a page.
public struct HTMLExporter: Sendable {
    public static let indexFileName = "index.html"

    public init() {}

    /// Writes the site into `directory` (created when missing) and returns the
    /// absolute paths written: the stylesheet, the index, then the notes in listing order.
    public func export(_ library: NoteLibrary, to directory: String) throws -> [String] {
        let folder = URL(fileURLWithPath: directory).standardizedFileURL
        try Self.prepare(folder, shownAs: directory)
        if let clash = library.notes.first(where: { $0.topic + ".html" == Self.indexFileName }) {
            throw NotesError(.exportFailed, path: clash.path,
                             "a note named index.md would overwrite the index page; rename the note")
        }
        var pages: [(name: String, contents: String)] = [
            (HTMLStylesheet.fileName, HTMLStylesheet.css),
            (Self.indexFileName, indexPage(library).html),
        ]
        let renderer = NoteHTMLRenderer()
        for (position, note) in library.notes.enumerated() {
            let previous = position > 0 ? library.notes[position - 1] : nil
            let next = position + 1 < library.notes.count ? library.notes[position + 1] : nil
            let page = HTMLPage(title: note.title,
                                navigation: "\(Self.indexLink(HTMLPage.siteTitle)) › \(note.group.htmlEscaped)",
                                content: try renderer.render(note.markdown, path: note.path),
                                footer: Self.footer(previous: previous, next: next))
            pages.append((note.topic + ".html", page.html))
        }
        var written: [String] = []
        for page in pages {
            let file = folder.appendingPathComponent(page.name)
            do {
                try Data(page.contents.utf8).write(to: file, options: .atomic)
            } catch {
                throw NotesError(.exportFailed, path: file.path, "cannot write the page; check the folder's permissions")
            }
            written.append(file.path)
        }
        return written
    }

    private func indexPage(_ library: NoteLibrary) -> HTMLPage {
        var slugger = HeadingSlugger()
        var content = "<h1>\(HTMLPage.siteTitle)</h1>\n"
        content += "<p>\(library.notes.count) concept notes, grouped the way the labs meet them.</p>\n"
        for group in library.groups {
            content += "<section>\n<h2 id=\"\(slugger.slug(for: group.name).htmlEscaped)\">\(group.name.htmlEscaped)</h2>\n<dl>\n"
            for note in group.notes {
                content += "<dt><a href=\"\(String.pageURL(topic: note.topic).htmlEscaped)\">\(note.title.htmlEscaped)</a>"
                content += " <code>\(note.topic.htmlEscaped)</code></dt>\n"
                content += "<dd>\(note.summary.htmlEscaped)</dd>\n"
            }
            content += "</dl>\n</section>\n"
        }
        return HTMLPage(title: HTMLPage.siteTitle, navigation: Self.indexLink("All notes"), content: content)
    }

    private static func indexLink(_ text: String) -> String {
        "<a href=\"\(indexFileName)\">\(text.htmlEscaped)</a>"
    }

    /// Previous and next note in listing order, so the site reads front to back.
    private static func footer(previous: Note?, next: Note?) -> String {
        var parts: [String] = []
        if let previous { parts.append("← \(noteLink(previous))") }
        parts.append(indexLink("All notes"))
        if let next { parts.append("\(noteLink(next)) →") }
        return parts.joined(separator: " · ")
    }

    private static func noteLink(_ note: Note) -> String {
        "<a href=\"\(String.pageURL(topic: note.topic).htmlEscaped)\">\(note.title.htmlEscaped)</a>"
    }

    /// Creates the folder when missing; refuses a path that is a file.
    private static func prepare(_ folder: URL, shownAs directory: String) throws(NotesError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw NotesError(.exportFailed, path: directory,
                                 "\(directory) is a file; give --html a folder (berth creates it when missing)")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw NotesError(.exportFailed, path: directory,
                             "cannot create the folder \(directory); check the parent folder exists and is writable")
        }
    }
}
