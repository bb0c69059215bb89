extension String {
    /// The lines of verbatim text (code, HTML) as a terminal shows them: split at `\n`,
    /// without the empty line after a final line break, and without trailing spaces,
    /// which are invisible but would leave trailing blanks in the output.
    var terminalLines: [Substring] {
        var lines = split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines.map { line in
            var end = line.endIndex
            while end > line.startIndex {
                let previous = line.index(before: end)
                guard line[previous] == " " || line[previous] == "\t" else { break }
                end = previous
            }
            return line[..<end]
        }
    }
}
