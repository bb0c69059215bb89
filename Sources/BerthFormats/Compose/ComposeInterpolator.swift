/// Compose v2's variable substitution: `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
/// `${VAR:?error}`, `${VAR?error}`, `${VAR:+alt}`, `${VAR+alt}` and `$$` for a literal `$`.
///
/// Values come only from the environment it is given (the process environment and the
/// `.env` file beside the compose file, resolved by the caller), never from anywhere else.
struct ComposeInterpolator: Sendable {
    /// Something substitution could not do cleanly, at a scalar offset in the text.
    enum Problem: Equatable {
        /// `$VAR` with VAR unset: Compose warns and uses an empty string.
        case unset(name: String, offset: Int)
        /// `${VAR:?message}` or `${VAR?message}` with VAR missing: an error.
        case required(name: String, message: String, offset: Int)
        /// `${` not followed by a valid name and operator, or never closed.
        case invalid(offset: Int)
    }

    struct Result {
        var text: String
        var problems: [Problem]
        /// True when at least one variable was referenced.
        var referencesVariables: Bool
    }

    /// Looked up first; the `.env` parser puts the process environment here.
    var primary: [String: String]
    /// Looked up when `primary` has no value (a `.env` file's own earlier lines).
    var secondary: [String: String] = [:]

    init(environment: [String: String], fallback: [String: String] = [:]) {
        primary = environment
        secondary = fallback
    }

    func lookup(_ name: String) -> String? { primary[name] ?? secondary[name] }

    func substitute(_ text: String) -> Result {
        guard text.contains("$") else { return Result(text: text, problems: [], referencesVariables: false) }
        var result = Result(text: "", problems: [], referencesVariables: false)
        substitute(Array(text.unicodeScalars), offset: 0, into: &result)
        return result
    }

    private func substitute(_ scalars: [Unicode.Scalar], offset: Int, into result: inout Result) {
        var index = 0
        var output = String.UnicodeScalarView()
        while index < scalars.count {
            let scalar = scalars[index]
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            guard scalar == "$", let next else {
                output.append(scalar)
                index += 1
                continue
            }
            if next == "$" {
                output.append("$")
                index += 2
            } else if next == "{" {
                guard let close = ComposeInterpolator.closingBrace(in: scalars, from: index + 2) else {
                    result.problems.append(.invalid(offset: offset + index))
                    output.append(contentsOf: scalars[index...])
                    break
                }
                result.referencesVariables = true
                let body = Array(scalars[(index + 2)..<close])
                var nested = Result(text: "", problems: [], referencesVariables: false)
                braced(body, offset: offset + index, into: &nested)
                output.append(contentsOf: nested.text.unicodeScalars)
                result.problems += nested.problems
                index = close + 1
            } else if ComposeInterpolator.isNameStart(next) {
                var end = index + 1
                while end < scalars.count, ComposeInterpolator.isNameCharacter(scalars[end]) { end += 1 }
                let name = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                result.referencesVariables = true
                if let value = lookup(name) {
                    output.append(contentsOf: value.unicodeScalars)
                } else {
                    result.problems.append(.unset(name: name, offset: offset + index))
                }
                index = end
            } else {
                // A `$` before anything else (`$1`, `$ `, `$-`) is kept as written, as Compose does.
                output.append(scalar)
                index += 1
            }
        }
        result.text += String(output)
    }

    /// The body of `${…}`: a name and, optionally, an operator and a word that may nest `${…}`.
    private func braced(_ body: [Unicode.Scalar], offset: Int, into result: inout Result) {
        guard let first = body.first, ComposeInterpolator.isNameStart(first) else {
            result.problems.append(.invalid(offset: offset))
            return
        }
        var end = 1
        while end < body.count, ComposeInterpolator.isNameCharacter(body[end]) { end += 1 }
        let name = String(String.UnicodeScalarView(body[..<end]))
        let rest = body[end...]
        let value = lookup(name)
        guard !rest.isEmpty else {
            if let value { result.text = value } else { result.problems.append(.unset(name: name, offset: offset)) }
            return
        }
        let colon = rest.first == ":"
        let operatorIndex = colon ? rest.startIndex + 1 : rest.startIndex
        guard operatorIndex < rest.endIndex, ["-", "?", "+"].contains(rest[operatorIndex]) else {
            result.problems.append(.invalid(offset: offset))
            return
        }
        let word = Array(rest[(operatorIndex + 1)...])
        // With a colon, an empty value counts as missing.
        let present = value.map { colon ? !$0.isEmpty : true } ?? false
        switch rest[operatorIndex] {
        case "-":
            if present, let value { result.text = value } else { substitute(word, offset: offset, into: &result) }
        case "+":
            if present { substitute(word, offset: offset, into: &result) }
        default:
            if present, let value {
                result.text = value
            } else {
                var message = Result(text: "", problems: [], referencesVariables: false)
                substitute(word, offset: offset, into: &message)
                result.problems.append(.required(name: name, message: message.text, offset: offset))
            }
        }
    }

    /// The index of the `}` closing a `${` whose body starts at `start`, counting nested `${`.
    static func closingBrace(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var depth = 1
        var index = start
        while index < scalars.count {
            if scalars[index] == "$", index + 1 < scalars.count, scalars[index + 1] == "{" {
                depth += 1
                index += 2
                continue
            }
            if scalars[index] == "}" {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return nil
    }

    static func isNameStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isNameStart(scalar) || ("0"..."9").contains(scalar)
    }
}
