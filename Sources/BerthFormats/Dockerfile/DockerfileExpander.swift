/// Docker's word processing for the instructions it expands (FROM, COPY, ENV, …): quotes
/// removed, the escape character honoured, and `$VAR`, `${VAR}`, `${VAR:-default}`,
/// `${VAR:+alternative}` (and the `-`, `+`, `?` forms) substituted from ARG and ENV.
///
/// A variable whose value is only known at build time is left as written and the result
/// marked unresolved, so checks can tell "`$BASE`" from a real image name.
struct DockerfileExpander {
    struct Output: Sendable {
        var value: String
        var isResolved: Bool
        var problem: String?
    }

    let variables: [String: String]
    let escape: Unicode.Scalar
    /// `${A:-${B:-…}}` nested deeper than this is kept as written, so hostile input cannot exhaust the stack.
    static let maximumDepth = 64

    func process(_ word: String) -> Output {
        var reader = Reader(scalars: Array(word.unicodeScalars), expander: self)
        let value = reader.process(stopAt: nil)
        return Output(value: value, isResolved: reader.resolved, problem: reader.problem)
    }

    private struct Reader {
        let scalars: [Unicode.Scalar]
        let expander: DockerfileExpander
        var position = 0
        var resolved = true
        var problem: String?
        var depth = 0

        init(scalars: [Unicode.Scalar], expander: DockerfileExpander) {
            self.scalars = scalars
            self.expander = expander
        }

        var peek: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

        mutating func next() -> Unicode.Scalar? {
            guard let scalar = peek else { return nil }
            position += 1
            return scalar
        }

        /// Processes up to `stop` (not consumed) outside quotes, or to the end.
        mutating func process(stopAt stop: Unicode.Scalar?) -> String {
            var output = String.UnicodeScalarView()
            while let scalar = peek, scalar != stop {
                position += 1
                switch scalar {
                case "'":
                    var closed = false
                    while let quoted = next() {
                        if quoted == "'" { closed = true; break }
                        output.append(quoted)
                    }
                    if !closed { problem = "a single quote is never closed" }
                case "\"":
                    output.append(contentsOf: doubleQuoted().unicodeScalars)
                case expander.escape:
                    if let escaped = next() { output.append(escaped) }
                case "$":
                    output.append(contentsOf: dollar().unicodeScalars)
                default:
                    output.append(scalar)
                }
            }
            return String(output)
        }

        mutating func doubleQuoted() -> String {
            var output = String.UnicodeScalarView()
            while let scalar = next() {
                switch scalar {
                case "\"": return String(output)
                case "$": output.append(contentsOf: dollar().unicodeScalars)
                case expander.escape:
                    if let following = peek, following == "\"" || following == "$" || following == expander.escape {
                        position += 1
                        output.append(following)
                    } else {
                        output.append(scalar)
                    }
                default: output.append(scalar)
                }
            }
            problem = "a double quote is never closed"
            return String(output)
        }

        /// After a `$`: a name, `{…}`, or a lone dollar sign.
        mutating func dollar() -> String {
            let start = position - 1
            guard peek == "{" else {
                let name = readName()
                if name.isEmpty { return "$" }
                return value(of: name) ?? unresolved(from: start)
            }
            position += 1
            let name = readName()
            guard let operation = peek else {
                problem = "${ is never closed with }"
                return unresolved(from: start)
            }
            if operation == "}" {
                position += 1
                return value(of: name) ?? unresolved(from: start)
            }
            var colon = false
            if operation == ":" {
                colon = true
                position += 1
            }
            guard let kind = peek, "-+?".unicodeScalars.contains(kind), !name.isEmpty else {
                skipBraces()
                return unresolved(from: start)
            }
            position += 1
            guard depth < DockerfileExpander.maximumDepth else {
                skipBraces()
                return unresolved(from: start)
            }
            let wasResolved = resolved
            depth += 1
            let word = process(stopAt: "}")
            depth -= 1
            guard next() == "}" else {
                problem = "${\(name) is never closed with }"
                return unresolved(from: start)
            }
            let wordResolved = resolved
            resolved = wasResolved
            // A variable known only at build time reads as unset, as in a build without --build-arg.
            let current = expander.variables[name]
            let isSet = current.map { !colon || !$0.isEmpty } ?? false
            switch kind {
            case "-":
                if isSet { return current ?? "" }
                resolved = wordResolved
                return word
            case "+":
                guard isSet else { return "" }
                resolved = wordResolved
                return word
            default:
                return isSet ? (current ?? "") : unresolved(from: start)
            }
        }

        mutating func readName() -> String {
            var name = String.UnicodeScalarView()
            if let first = peek, ("0"..."9").contains(first) {
                while let digit = peek, ("0"..."9").contains(digit) { name.append(digit); position += 1 }
                return String(name)
            }
            if let first = peek, "@*#?-$!".unicodeScalars.contains(first) {
                position += 1
                return String(first)
            }
            while let scalar = peek, scalar == "_" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                name.append(scalar)
                position += 1
            }
            return String(name)
        }

        mutating func skipBraces() {
            var depth = 1
            while let scalar = next() {
                if scalar == "{" { depth += 1 }
                if scalar == "}" { depth -= 1; if depth == 0 { return } }
            }
            problem = "${ is never closed with }"
        }

        func value(of name: String) -> String? {
            expander.variables[name]
        }

        /// Keeps a reference whose value is unknown as written, and remembers it.
        mutating func unresolved(from start: Int) -> String {
            resolved = false
            return String(String.UnicodeScalarView(scalars[start..<min(position, scalars.count)]))
        }
    }
}
