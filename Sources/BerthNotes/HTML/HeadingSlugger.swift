/// Turns heading text into anchor ids the way GitHub does, so a link written as
/// `tls.md#redirect-http-to-https` lands on that heading in the exported page too.
///
/// Lowercase; letters, digits, `-` and `_` kept; spaces become `-`; everything else
/// dropped; a repeated slug gets `-1`, `-2`… in order of appearance.
struct HeadingSlugger {
    private var seen: [String: Int] = [:]

    mutating func slug(for heading: String) -> String {
        var base = ""
        for character in heading.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                base.append(character)
            } else if character == " " {
                base.append("-")
            }
        }
        let count = seen[base, default: 0]
        seen[base] = count + 1
        return count == 0 ? base : "\(base)-\(count)"
    }
}
