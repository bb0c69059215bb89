/// Reads the exec form of an instruction (`["nginx", "-g", "daemon off;"]`) as Docker does:
/// text that is not a JSON array falls back to the shell form, while a JSON array holding
/// anything but strings is an error.
enum DockerfileExecForm {
    enum Outcome: Equatable, Sendable {
        /// The decoded strings, each with the offset of its opening quote.
        case strings([Element])
        /// Not a JSON array: Docker reads the text as shell form.
        case notJSON
        /// A JSON array with a number, object, … in it: Docker refuses the instruction.
        case notStrings
    }

    struct Element: Equatable, Sendable {
        var value: String
        var offset: Int
    }

    static func parse(_ line: DockerfileLogicalLine, range: Range<Int>) -> Outcome {
        var reader = Reader(scalars: line.scalars, position: range.lowerBound, end: range.upperBound)
        reader.skipWhitespace()
        guard reader.take("[") else { return .notJSON }
        var elements: [Element] = []
        var allStrings = true
        reader.skipWhitespace()
        if !reader.take("]") {
            while true {
                reader.skipWhitespace()
                let offset = reader.position
                if reader.peek == "\"" {
                    guard let value = reader.string() else { return .notJSON }
                    elements.append(Element(value: value, offset: offset))
                } else {
                    guard reader.skipOtherValue() else { return .notJSON }
                    allStrings = false
                }
                reader.skipWhitespace()
                if reader.take("]") { break }
                guard reader.take(",") else { return .notJSON }
            }
        }
        reader.skipWhitespace()
        guard reader.position == reader.end else { return .notJSON }
        return allStrings ? .strings(elements) : .notStrings
    }

    private struct Reader {
        let scalars: [Unicode.Scalar]
        var position: Int
        let end: Int

        var peek: Unicode.Scalar? { position < end ? scalars[position] : nil }

        mutating func take(_ expected: Unicode.Scalar) -> Bool {
            guard peek == expected else { return false }
            position += 1
            return true
        }

        mutating func skipWhitespace() {
            while let scalar = peek, scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                position += 1
            }
        }

        /// A JSON string literal, decoded; nil when it is malformed.
        mutating func string() -> String? {
            guard take("\"") else { return nil }
            var result = String.UnicodeScalarView()
            while let scalar = peek {
                position += 1
                switch scalar {
                case "\"": return String(result)
                case "\\":
                    guard let escaped = peek else { return nil }
                    position += 1
                    switch escaped {
                    case "\"", "\\", "/": result.append(escaped)
                    case "b": result.append("\u{8}")
                    case "f": result.append("\u{C}")
                    case "n": result.append("\n")
                    case "r": result.append("\r")
                    case "t": result.append("\t")
                    case "u":
                        guard let unit = hexUnit() else { return nil }
                        if (0xD800..<0xDC00).contains(unit), take("\\"), take("u"), let low = hexUnit(),
                           (0xDC00..<0xE000).contains(low) {
                            let combined = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                            result.append(Unicode.Scalar(combined) ?? "\u{FFFD}")
                        } else {
                            result.append(Unicode.Scalar(unit) ?? "\u{FFFD}")
                        }
                    default: return nil
                    }
                case _ where scalar.value < 0x20: return nil
                default: result.append(scalar)
                }
            }
            return nil
        }

        private mutating func hexUnit() -> UInt32? {
            guard position + 4 <= end else { return nil }
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let digit = UInt32(String(scalars[position]), radix: 16) else { return nil }
                value = value * 16 + digit
                position += 1
            }
            return value
        }

        /// Skips a number, literal, object or nested array without recursing (so deep nesting
        /// cannot exhaust the stack); false when the text is not JSON-shaped.
        mutating func skipOtherValue() -> Bool {
            guard let first = peek else { return false }
            if first == "[" || first == "{" {
                var depth = 0
                while let scalar = peek {
                    if scalar == "\"" {
                        guard string() != nil else { return false }
                        continue
                    }
                    position += 1
                    if scalar == "[" || scalar == "{" { depth += 1 }
                    if scalar == "]" || scalar == "}" {
                        depth -= 1
                        if depth == 0 { return true }
                    }
                }
                return false
            }
            let start = position
            while let scalar = peek, scalar.isASCII,
                  scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "+-.".unicodeScalars.contains(scalar) {
                position += 1
            }
            let word = String(String.UnicodeScalarView(scalars[start..<position]))
            return ["true", "false", "null"].contains(word) || Double(word) != nil
        }
    }
}
