/// Types plain YAML scalars the way Compose v2's YAML library does (YAML 1.2 core schema,
/// plus `_` digit separators and leading-zero octals it keeps from YAML 1.1).
///
/// This is deliberately not Yams' resolver: Yams follows YAML 1.1, where `22:22` is the
/// base-60 number 1342. Compose v2 reads it as the string "22:22" (the old Python
/// docker-compose did not, which is what rule BL202 warns about).
enum ComposeScalarResolver {
    static func resolve(_ text: String, style: ComposeScalar.Style, tag: String?) -> ComposeScalar.Value {
        if let tag {
            switch tag {
            case "tag:yaml.org,2002:str": return .string(text)
            case "tag:yaml.org,2002:null": return .null
            case "tag:yaml.org,2002:bool": return bool(text).map { .bool($0) } ?? .string(text)
            case "tag:yaml.org,2002:int": return int(text).map { .int($0) } ?? unsigned(text).map { .string(String($0)) } ?? .string(text)
            case "tag:yaml.org,2002:float": return double(text).map { .double($0) } ?? .string(text)
            default: break  // Compose's own tags (`!reset`, `!override`) do not change the type.
            }
        }
        guard style == .plain else { return .string(text) }
        if ["", "~", "null", "Null", "NULL"].contains(text) { return .null }
        if let flag = bool(text) { return .bool(flag) }
        if let number = int(text) { return .int(number) }
        // Compose's YAML library keeps integers past Int64 as UInt64: printed whole, not as a float.
        if let number = unsigned(text) { return .string(String(number)) }
        if let number = double(text) { return .double(number) }
        return .string(text)
    }

    static func bool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    static func int(_ text: String) -> Int? {
        guard let (negative, magnitude) = integer(text) else { return nil }
        if negative { return magnitude <= UInt64(Int.max) + 1 ? Int(truncatingIfNeeded: 0 &- magnitude) : nil }
        return magnitude <= UInt64(Int.max) ? Int(magnitude) : nil
    }

    /// A non-negative integer too large for `Int` that still fits 64 unsigned bits.
    static func unsigned(_ text: String) -> UInt64? {
        guard let (negative, magnitude) = integer(text), !negative, magnitude > UInt64(Int.max) else { return nil }
        return magnitude
    }

    /// The sign and magnitude of a decimal, `0x`, `0o`, `0b` or leading-zero octal integer.
    private static func integer(_ text: String) -> (negative: Bool, magnitude: UInt64)? {
        var body = Substring(text.replacingUnderscores())
        guard !body.isEmpty else { return nil }
        var negative = false
        if body.first == "-" || body.first == "+" {
            negative = body.first == "-"
            body = body.dropFirst()
        }
        var radix = 10
        if body.hasPrefix("0x") || body.hasPrefix("0X") {
            radix = 16
            body = body.dropFirst(2)
        } else if body.hasPrefix("0o") || body.hasPrefix("0O") {
            radix = 8
            body = body.dropFirst(2)
        } else if body.hasPrefix("0b") || body.hasPrefix("0B") {
            radix = 2
            body = body.dropFirst(2)
        } else if body.count > 1, body.hasPrefix("0") {
            radix = 8
            body = body.dropFirst()
        }
        guard !body.isEmpty, body.first != "-", body.first != "+", let magnitude = UInt64(body, radix: radix) else { return nil }
        return (negative, magnitude)
    }

    static func double(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        // [-+]? ( . digits | digits ( . digits? )? ) ( [eE] [-+]? digits )?
        var scalars = Substring(text.replacingUnderscores()).unicodeScalars[...]
        if scalars.first == "-" || scalars.first == "+" { scalars = scalars.dropFirst() }
        let digits = scalars.prefix { ("0"..."9").contains($0) }
        scalars = scalars.dropFirst(digits.count)
        var fraction = 0
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            fraction = scalars.prefix { ("0"..."9").contains($0) }.count
            scalars = scalars.dropFirst(fraction)
        }
        guard !digits.isEmpty || fraction > 0 else { return nil }
        if scalars.first == "e" || scalars.first == "E" {
            scalars = scalars.dropFirst()
            if scalars.first == "-" || scalars.first == "+" { scalars = scalars.dropFirst() }
            let exponent = scalars.prefix { ("0"..."9").contains($0) }.count
            guard exponent > 0 else { return nil }
            scalars = scalars.dropFirst(exponent)
        }
        guard scalars.isEmpty else { return nil }
        return Double(text.replacingUnderscores())
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        contains("_") ? String(filter { $0 != "_" }) : self
    }
}
