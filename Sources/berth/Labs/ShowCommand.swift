import ArgumentParser
import BerthLabs
import BerthNotes

/// `berth show`: a task's instructions, rendered like the notes.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Read a task: what to do, why, how to try it by hand, and what is checked.",
        discussion: """
        Shows the current task, or the one you name by id or number.

        Examples:
          berth show            the current task
          berth show tls        a task by id
          berth show 0          a task by its number in `berth list`
        """
    )

    @Argument(help: ArgumentHelp("The task: its id or number; the current task by default.", valueName: "task"))
    var task: String?

    @Option(name: .long, help: ArgumentHelp("Wrap text at N columns instead of the terminal width.", valueName: "n"))
    var width: Int?

    @Flag(name: .long, help: "Print straight to the terminal instead of through $PAGER.")
    var noPager = false

    @OptionGroup var labsOptions: LabsOptions
    @OptionGroup var colorOptions: ColorOptions

    func validate() throws {
        if let width, width < 20 { throw ValidationError("--width must be at least 20 columns (got \(width)).") }
    }

    func run() throws {
        let session = try WorkspaceSession.open(labsOptions: labsOptions, colorOptions: colorOptions)
        let chosen = try session.task(named: task)
        let text: String
        switch session.workspace.lab.instructions(for: chosen) {
        case .success(let source): text = source.text
        case .failure(let error): throw CommandFailure("the lab's instructions cannot be read: \(error)")
        }
        let columns = width ?? min(session.terminal.columns ?? 80, 100)
        let renderer = TerminalRenderer(options: RenderOptions(width: columns, style: session.style))
        var page = renderer.render(markdown: text)
        let notes = chosen.notes.map { "berth notes \($0)" }.joined(separator: ", ")
        page += "\n" + session.style.dim("\(PointsFormat.text(chosen.points)) points · \(chosen.hints.count) hints (berth hint)"
                                         + (notes.isEmpty ? "" : " · read: \(notes)")) + "\n"
        Pager(terminal: session.terminal, enabled: !noPager).show(page)
    }
}
