/// Source text with position markers (1️⃣ 2️⃣ …) for tests that assert where a finding points.
///
/// `MarkedSource("FROM 1️⃣ubuntu")` gives the text without markers and the 1-based
/// line and column each marker stood at.
public struct MarkedSource {
    public static let markers: [Character] = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    public let text: String
    public let positions: [Character: (line: Int, column: Int)]

    public init(_ marked: String) {
        var text = ""
        var positions: [Character: (line: Int, column: Int)] = [:]
        var line = 1
        var column = 1
        for character in marked {
            if MarkedSource.markers.contains(character) {
                positions[character] = (line, column)
                continue
            }
            text.append(character)
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        self.text = text
        self.positions = positions
    }

    /// The position of `marker`; fails loudly in a test when the marker is missing.
    public func position(_ marker: Character) -> (line: Int, column: Int) {
        positions[marker] ?? (line: -1, column: -1)
    }
}
