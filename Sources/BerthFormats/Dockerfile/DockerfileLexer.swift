/// The first stage of reading a Dockerfile, as BuildKit does it: physical lines become parser
/// directives, comments and logical instruction lines (continuations joined, comment lines
/// inside a continuation skipped, here-document bodies attached).
struct DockerfileLexer {
    /// One instruction's joined text and the here-documents that follow it.
    struct Item: Sendable {
        var line: DockerfileLogicalLine
        var heredocs: [DockerfileHeredoc]
    }

    struct Result: Sendable {
        var directives: [DockerfileDirective] = []
        var comments: [DockerfileComment] = []
        var items: [Item] = []
        var errors: [ParseError] = []
        var escape: Unicode.Scalar = "\\"
    }

    private let file: String
    private let lines: [[Unicode.Scalar]]
    private var next = 0
    private var result = Result()
    private var directivesDone = false
    private var seenDirectives: Set<String> = []

    private init(_ source: SourceText) {
        file = source.path
        var lines: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for scalar in source.text.unicodeScalars {
            if scalar == "\n" {
                if current.last == "\r" { current.removeLast() }
                lines.append(current)
                current = []
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty {
            if current.last == "\r" { current.removeLast() }
            lines.append(current)
        }
        self.lines = lines
    }

    static func lex(_ source: SourceText) -> Result {
        var lexer = DockerfileLexer(source)
        lexer.run()
        return lexer.result
    }

    private mutating func run() {
        while next < lines.count {
            let number = next + 1
            let physical = lines[next]
            next += 1
            let indent = physical.prefix { $0.isDockerSpace }.count
            let body = physical[indent...]
            if !directivesDone { readDirective(body, line: number, column: indent + 1) }
            if body.first == "#" {
                recordComment(body, line: number, column: indent + 1)
                continue
            }
            if body.isEmpty { continue }
            var logical = DockerfileLogicalLine(file: file)
            logical.append(body, line: number, column: indent + 1)
            var ended = trimContinuation(&logical)
            while !ended, next < lines.count {
                let continuation = lines[next]
                let continuationNumber = next + 1
                next += 1
                let continuationIndent = continuation.prefix { $0.isDockerSpace }.count
                if continuation.dropFirst(continuationIndent).first == "#" {
                    recordComment(continuation[continuationIndent...], line: continuationNumber,
                                  column: continuationIndent + 1)
                    continue
                }
                if continuationIndent == continuation.count {
                    result.errors.append(ParseError(
                        .syntax, at: SourceLocation(file: file, line: continuationNumber, column: 1),
                        "empty line inside a continued instruction; Docker warns it will become an error, so remove it",
                        severity: .warning))
                    continue
                }
                logical.append(continuation, line: continuationNumber, column: 1)
                ended = trimContinuation(&logical)
            }
            result.items.append(Item(line: logical, heredocs: readHeredocs(for: logical)))
        }
    }

    /// Removes a trailing escape character (and blanks after it); true when the line ends here.
    private func trimContinuation(_ logical: inout DockerfileLogicalLine) -> Bool {
        var end = logical.count
        while end > 0, logical.scalars[end - 1].isDockerBlank { end -= 1 }
        guard end > 0, logical.scalars[end - 1] == result.escape else { return true }
        logical.truncate(to: end - 1)
        return false
    }

    private mutating func recordComment(_ body: ArraySlice<Unicode.Scalar>, line: Int, column: Int) {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: body.dropFirst())
        let trimmed = String(text).trimmingBlanks()
        result.comments.append(DockerfileComment(text: trimmed, location: SourceLocation(file: file, line: line, column: column)))
    }

    /// `# name = value` at the top of the file; the first line of any other shape ends the directives.
    private mutating func readDirective(_ body: ArraySlice<Unicode.Scalar>, line: Int, column: Int) {
        guard let (name, value) = DockerfileLexer.directive(in: body),
              ["syntax", "escape", "check"].contains(name) else {
            directivesDone = true
            return
        }
        let location = SourceLocation(file: file, line: line, column: column)
        guard seenDirectives.insert(name).inserted else {
            result.errors.append(ParseError(.syntax, at: location,
                                            "only one \(name) parser directive can be used; remove this one"))
            return
        }
        result.directives.append(DockerfileDirective(name: name, value: value, location: location))
        if name == "escape" {
            if value == "\\" || value == "`" {
                result.escape = value.unicodeScalars.first ?? "\\"
            } else {
                result.errors.append(ParseError(.invalidValue, at: location,
                                                "invalid escape character '\(value)': use \\ or `"))
            }
        }
    }

    /// Matches BuildKit's `^#[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*(.+?)[ \t]*$`.
    static func directive(in body: ArraySlice<Unicode.Scalar>) -> (String, String)? {
        guard body.first == "#" else { return nil }
        var rest = body.dropFirst().drop { $0.isDockerBlank }
        let name = rest.prefix { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        guard let first = name.first, first.properties.isAlphabetic else { return nil }
        rest = rest.dropFirst(name.count).drop { $0.isDockerBlank }
        guard rest.first == "=" else { return nil }
        var value = Array(rest.dropFirst().drop { $0.isDockerBlank })
        while let last = value.last, last.isDockerBlank { value.removeLast() }
        guard !value.isEmpty else { return nil }
        var nameText = String.UnicodeScalarView()
        nameText.append(contentsOf: name)
        var valueText = String.UnicodeScalarView()
        valueText.append(contentsOf: value)
        return (String(nameText).lowercased(), String(valueText))
    }

    /// Reads the bodies of the here-documents a RUN, COPY or ADD line opens, in order.
    private mutating func readHeredocs(for logical: DockerfileLogicalLine) -> [DockerfileHeredoc] {
        let keywordEnd = logical.scalars.firstIndex { $0.isDockerSpace } ?? logical.count
        let keyword = logical.text(0..<keywordEnd).uppercased()
        guard DockerfileKeyword.named(keyword)?.allowsHeredocs == true,
              logical.text(0..<logical.count).contains("<<") else { return [] }
        var heredocs: [DockerfileHeredoc] = []
        for range in DockerfileWordSplitter.quoteAwareWords(in: logical, range: keywordEnd..<logical.count, escape: "\\") {
            guard let marker = DockerfileHeredocMarker(logical.text(range)) else { continue }
            heredocs.append(readBody(of: marker, at: logical.location(at: range.lowerBound)))
        }
        return heredocs
    }

    private mutating func readBody(of marker: DockerfileHeredocMarker, at location: SourceLocation) -> DockerfileHeredoc {
        let contentLine = next + 1
        var content = ""
        while next < lines.count {
            var physical = lines[next][...]
            next += 1
            if marker.stripsTabs { physical = physical.drop { $0 == "\t" } }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: physical)
            if String(text) == marker.name {
                return DockerfileHeredoc(name: marker.name, stripsTabs: marker.stripsTabs,
                                         expandsVariables: marker.expandsVariables, content: content,
                                         location: location, contentLine: contentLine, terminatorLine: next)
            }
            content += String(text) + "\n"
        }
        result.errors.append(ParseError(.syntax, at: location,
                                        "here-document <<\(marker.name) is never closed: add a line holding only \(marker.name)"))
        return DockerfileHeredoc(name: marker.name, stripsTabs: marker.stripsTabs, expandsVariables: marker.expandsVariables,
                                 content: content, location: location, contentLine: contentLine, terminatorLine: lines.count)
    }
}

fileprivate extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingBlanks() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.isDockerSpace }),
              let end = scalars.lastIndex(where: { !$0.isDockerSpace }) else { return "" }
        return String(scalars[start...end])
    }
}
