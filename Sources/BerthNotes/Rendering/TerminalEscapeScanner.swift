/// Recognises ANSI escape sequences one character at a time.
///
/// Handles CSI sequences (`ESC [ … final`, as in SGR colours) and OSC sequences
/// (`ESC ] … BEL` or `ESC ] … ESC \`, as in OSC 8 hyperlinks); any other `ESC x`
/// pair is treated as a two-character sequence.
struct TerminalEscapeScanner {
    private enum State {
        case text, escape, controlSequence, operatingSystemCommand, operatingSystemCommandEscape
    }

    private var state = State.text

    /// Whether `character` is shown, as opposed to being part of an escape sequence.
    mutating func isVisible(_ character: Character) -> Bool {
        switch state {
        case .text:
            guard character == "\u{1B}" else { return true }
            state = .escape
        case .escape:
            state = character == "[" ? .controlSequence : character == "]" ? .operatingSystemCommand : .text
        case .controlSequence:
            // Parameters and intermediates are 0x20–0x3F; the final byte is 0x40–0x7E.
            if let value = character.unicodeScalars.first?.value, (0x40...0x7E).contains(value) {
                state = .text
            }
        case .operatingSystemCommand:
            if character == "\u{07}" {
                state = .text
            } else if character == "\u{1B}" {
                state = .operatingSystemCommandEscape
            }
        case .operatingSystemCommandEscape:
            state = .text
        }
        return false
    }
}
