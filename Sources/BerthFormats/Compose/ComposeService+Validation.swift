extension ComposeService {
    /// Pull policies Compose knows, besides `every_<duration>` (`every_12h`).
    static let pullPolicies = ["always", "never", "build", "if_not_present", "missing", "refresh", "daily", "weekly"]

    /// Reports values Compose or Docker refuses although they have the right type.
    func validate(decoder: inout ComposeDecoder) {
        if let name = containerName, !ComposeService.isValidContainerName(name.value) {
            decoder.problem("container_name `\(name.value)` is not a name Docker accepts: use two or more letters, digits, `_`, `.` or `-`, starting with a letter or digit",
                            at: name.location)
        }
        if let count = scale ?? replicas, count.value < 0 {
            decoder.problem("service `\(name)` cannot run \(count.value) containers; use 0 or more", at: count.location)
        }
        if let policy = node["pull_policy"]?.scalar, let text = policy.string,
           !ComposeService.pullPolicies.contains(text), !ComposeService.isPeriodicPullPolicy(text) {
            decoder.problem("`pull_policy: \(text)` is not a pull policy; use \(ComposeService.pullPolicies.joined(separator: ", ")) or every_<duration> like every_12h",
                            at: policy.location)
        }
    }

    /// Docker's container-name rule: `[a-zA-Z0-9][a-zA-Z0-9_.-]+`.
    static func isValidContainerName(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        func allowed(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
        }
        guard scalars.count >= 2, let first = scalars.first, allowed(first) else { return false }
        return scalars.dropFirst().allSatisfy { allowed($0) || $0 == "_" || $0 == "." || $0 == "-" }
    }

    /// `every_` followed by number-and-unit pairs (`every_1h30m`).
    static func isPeriodicPullPolicy(_ text: String) -> Bool {
        guard text.hasPrefix("every_") else { return false }
        var rest = Substring(text.dropFirst("every_".count))
        guard !rest.isEmpty else { return false }
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            rest = rest.dropFirst(digits.count)
            guard !digits.isEmpty, let unit = rest.first, "wdhms".contains(unit) else { return false }
            rest = rest.dropFirst()
        }
        return true
    }
}
