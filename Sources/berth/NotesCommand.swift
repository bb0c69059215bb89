import ArgumentParser
import BerthNotes
import Foundation

/// `berth notes`: the concept notes, offline.
struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "Read the concept notes offline: list, render, search or export them.",
        discussion: """
        With no topic, lists every note by group. A topic can be its full name, a prefix \
        or a near miss: `rate` opens rate-limiting, `tsl` opens tls.

        Examples:
          berth notes                      every topic with a one-line summary
          berth notes reverse-proxy        render a note (paged when it is long)
          berth notes --search "limit_req_status"
          berth notes --html site/         a static site to open in a browser
        """
    )

    @Argument(help: "The note to render: a topic name, a prefix of one, or a close spelling.")
    var topic: String?

    @Option(name: .long, help: ArgumentHelp("List the notes that mention TEXT, best match first, with the lines around each hit.", valueName: "text"))
    var search: String?

    @Option(name: .long, help: ArgumentHelp("Write every note as a static HTML site into DIR (index.html, one page per note, style.css).", valueName: "dir"))
    var html: String?

    @Option(name: .long, help: ArgumentHelp("Wrap text at N columns instead of the terminal width.", valueName: "n"))
    var width: Int?

    @Flag(name: .long, help: "Print straight to the terminal instead of through $PAGER.")
    var noPager = false

    @Flag(name: .long, help: "Show link addresses as text instead of terminal hyperlinks.")
    var noHyperlinks = false

    @Option(name: .long, help: ArgumentHelp("Read notes from DIR instead of the bundled ones (or set BERTH_NOTES).", valueName: "dir"))
    var notes: String?

    @OptionGroup var colorOptions: ColorOptions

    func validate() throws {
        let modes = [topic != nil, search != nil, html != nil].filter { $0 }.count
        if modes > 1 {
            throw ValidationError("Give a topic, --search or --html, not several. Try: berth notes --search TEXT")
        }
        if let width, width < 20 {
            throw ValidationError("--width must be at least 20 columns (got \(width)).")
        }
        if let search, search.trimmingCharacters(in: .whitespaces).count < 2 {
            throw ValidationError("--search needs at least two characters to look for.")
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let terminal = Terminal.current(environment: environment)
        let content = BundledContent(executablePath: BundledContent.currentExecutablePath)
        let directory = try content.folder("notes", override: notes ?? environment["BERTH_NOTES"])
        let library: NoteLibrary
        do {
            library = try NoteLibrary(directory: directory)
        } catch {
            throw CommandFailure(error.description, exitCode: error.isEnvironmentProblem
                                 ? CommandFailure.environment : CommandFailure.badInput)
        }
        let color = colorOptions.usesColor(in: terminal)
        let style = TerminalStyle(color: color, hyperlinks: color && !noHyperlinks)
        let columns = width ?? min(terminal.columns ?? 80, 100)
        let pager = Pager(terminal: terminal, enabled: !noPager)

        if let html {
            try export(library, to: html)
        } else if let search {
            let results = NoteSearch().search(search, in: library)
            pager.show(SearchResultsWriter(style: style, width: columns).write(results, query: search))
        } else if let topic {
            try render(topic, from: library, style: style, width: columns, pager: pager)
        } else {
            pager.show(NotesListingWriter(style: style, width: columns).write(library))
        }
    }

    private func render(_ topic: String, from library: NoteLibrary, style: TerminalStyle,
                        width: Int, pager: Pager) throws {
        switch library.match(topic) {
        case .found(let note):
            let renderer = TerminalRenderer(options: RenderOptions(width: width, style: style))
            pager.show(renderer.render(markdown: note.markdown))
        case .ambiguous(let notes):
            throw CommandFailure("""
                "\(topic)" matches several notes: \(notes.map(\.topic).joined(separator: ", ")).
                Be more specific, e.g. berth notes \(notes.first?.topic ?? "TOPIC")
                """)
        case .notFound(let suggestions):
            let nearest = suggestions.map { "  \($0.topic)  \($0.title)" }.joined(separator: "\n")
            throw CommandFailure("""
                no note is called "\(topic)". The nearest are:
                \(nearest)
                List them all with: berth notes
                """)
        }
    }

    private func export(_ library: NoteLibrary, to directory: String) throws {
        let written: [String]
        do {
            written = try HTMLExporter().export(library, to: directory)
        } catch {
            throw CommandFailure("cannot write the HTML site to \(directory): \(error)")
        }
        let index = URL(fileURLWithPath: directory).appendingPathComponent("index.html").path
        print("Wrote \(written.count) files to \(directory). Open \(index) in a browser.")
    }
}
