/// A word that opens a here-document (`<<EOF`, `<<-EOF`, `<<"EOF"`, `3<<EOF`), recognised
/// the way BuildKit does: `^(\d*)<<(-?)([^<]*)$` with a non-empty, single-word terminator.
struct DockerfileHeredocMarker: Sendable {
    let name: String
    let stripsTabs: Bool
    let expandsVariables: Bool

    init?(_ word: String) {
        var scalars = Substring(word).unicodeScalars[...]
        scalars = scalars.drop { ("0"..."9").contains($0) }
        guard scalars.starts(with: "<<".unicodeScalars) else { return nil }
        scalars = scalars.dropFirst(2)
        stripsTabs = scalars.first == "-"
        if stripsTabs { scalars = scalars.dropFirst() }
        guard !scalars.isEmpty, !scalars.contains("<") else { return nil }
        var name = String.UnicodeScalarView()
        var quote: Unicode.Scalar?
        var quoted = false
        var iterator = scalars.makeIterator()
        while let scalar = iterator.next() {
            if let open = quote {
                if scalar == open { quote = nil } else { name.append(scalar) }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
                quoted = true
            } else if scalar == "\\" {
                quoted = true
                if let escaped = iterator.next() { name.append(escaped) }
            } else {
                name.append(scalar)
            }
        }
        guard quote == nil else { return nil }
        self.name = String(name)
        expandsVariables = !quoted
    }
}
