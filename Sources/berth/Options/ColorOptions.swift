import ArgumentParser

/// When to colour output.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// `--color`, shared by every command that prints styled text.
struct ColorOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "When to use colour and styling: auto (a terminal without NO_COLOR), always, or never.",
        valueName: "when"))
    var color: ColorChoice = .auto

    /// Decides colour once: `--color` wins, then NO_COLOR, then whether stdout is a terminal.
    func usesColor(in terminal: Terminal) -> Bool {
        switch color {
        case .always: true
        case .never: false
        case .auto: terminal.outputIsTerminal && !terminal.noColor && terminal.term != "dumb"
        }
    }
}
