/// The number of terminal columns `text` takes.
///
/// ANSI escape sequences (SGR colours, OSC 8 hyperlinks) take none, nor do combining
/// marks and other zero-width characters; East Asian wide characters and emoji take two.
/// Everything else takes one.
public func displayWidth(of text: some StringProtocol) -> Int {
    // Most text is printable ASCII: one column per byte, no need to segment characters.
    var asciiWidth = 0
    for byte in text.utf8 {
        guard byte >= 0x20, byte < 0x7F else { return escapeAwareWidth(of: text) }
        asciiWidth += 1
    }
    return asciiWidth
}

/// `text` without its ANSI escape sequences: what the terminal shows.
public func removingTerminalEscapes(from text: some StringProtocol) -> String {
    var scanner = TerminalEscapeScanner()
    var visible = ""
    visible.reserveCapacity(text.utf8.count)
    for character in text where scanner.isVisible(character) {
        visible.append(character)
    }
    return visible
}

private func escapeAwareWidth(of text: some StringProtocol) -> Int {
    var scanner = TerminalEscapeScanner()
    var width = 0
    for character in text where scanner.isVisible(character) {
        width += character.terminalColumns
    }
    return width
}

extension Character {
    /// The columns this user-perceived character takes in a terminal.
    var terminalColumns: Int {
        let scalars = unicodeScalars
        guard let first = scalars.first else { return 0 }
        let value = first.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        let properties = first.properties
        // A text-style emoji (❤, 1 in 1️⃣) followed by VARIATION SELECTOR-16 is drawn as emoji.
        if scalars.count > 1, properties.isEmoji, scalars.contains("\u{FE0F}") { return 2 }
        if value < 0x300 { return 1 }
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        default:
            break
        }
        return properties.isEmojiPresentation || WideCharacters.contains(value) ? 2 : 1
    }
}
