extension NginxParser {
    /// `if ($a = b)`: crossplane drops the parentheses around an `if` condition (and the
    /// arguments they leave empty), so `args` hold just the condition.
    static func strippingParentheses(_ arguments: [NginxArgument]) -> [NginxArgument] {
        guard var first = arguments.first,
              first.value.hasPrefix("("), arguments[arguments.count - 1].value.hasSuffix(")") else {
            return arguments
        }
        var result = arguments
        first.value.removeFirst()
        let leading = leadingSpaceCount(first.value)
        first.value = String(first.value.unicodeScalars.dropFirst(leading))
        first.location.column += 1 + leading
        result[0] = first
        var last = result[result.count - 1]
        last.value.removeLast()
        last.value = String(last.value.unicodeScalars.dropLast(trailingSpaceCount(last.value)))
        result[result.count - 1] = last
        let start = result[0].value.isEmpty ? 1 : 0
        let end = result.count - (result[result.count - 1].value.isEmpty ? 1 : 0)
        return start < end ? Array(result[start..<end]) : []
    }

    /// Python's `lstrip()`: how many whitespace scalars `text` starts with.
    private static func leadingSpaceCount(_ text: String) -> Int {
        text.unicodeScalars.prefix(while: isSpace).count
    }

    /// Python's `rstrip()`: how many whitespace scalars `text` ends with.
    private static func trailingSpaceCount(_ text: String) -> Int {
        text.unicodeScalars.reversed().prefix(while: isSpace).count
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let bytes = Array(String(scalar).utf8)
        return NginxLexer.whitespaceLength(in: bytes, at: 0) == bytes.count
    }
}
