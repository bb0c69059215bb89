/// A service's `healthcheck`: the test Docker runs and how often.
///
/// `test: curl -f http://localhost` is shorthand for `["CMD-SHELL", "curl -f http://localhost"]`;
/// a list starts with `CMD` (run directly), `CMD-SHELL` (run by `/bin/sh -c`) or `NONE`.
public struct ComposeHealthcheck: Sendable {
    /// The test as Docker receives it, e.g. `["CMD", "pg_isready"]`; nil when not given.
    public var test: ComposeValue<[String]>?
    public var interval: ComposeValue<ComposeDuration>?
    public var timeout: ComposeValue<ComposeDuration>?
    public var retries: ComposeValue<Int>?
    public var startPeriod: ComposeValue<ComposeDuration>?
    public var startInterval: ComposeValue<ComposeDuration>?
    /// `disable: true`.
    public var disabled: Bool
    /// Where the `healthcheck:` block starts.
    public var location: SourceLocation

    /// True when the check runs: not disabled and not `["NONE"]`.
    public var isEnabled: Bool { !disabled && test?.value.first != "NONE" }

    /// The command the test runs, without its `CMD`/`CMD-SHELL` marker.
    public var command: [String] {
        guard let words = test?.value, let first = words.first else { return [] }
        return ["CMD", "CMD-SHELL", "NONE"].contains(first) ? Array(words.dropFirst()) : words
    }

    var json: JSONValue {
        var members: [(String, JSONValue)] = []
        if let test { members.append(("test", .array(test.value.map { .string($0) }))) }
        if let timeout { members.append(("timeout", .string(timeout.value.description))) }
        if let interval { members.append(("interval", .string(interval.value.description))) }
        if let retries { members.append(("retries", .int(retries.value))) }
        if let startPeriod { members.append(("start_period", .string(startPeriod.value.description))) }
        if let startInterval { members.append(("start_interval", .string(startInterval.value.description))) }
        if disabled { members.append(("disable", .bool(true))) }
        return .object(members)
    }

    static func parse(_ node: ComposeNode, service: String, decoder: inout ComposeDecoder) -> ComposeHealthcheck? {
        let what = "the healthcheck of service `\(service)`"
        guard let entries = decoder.mapping(node, what) else { return nil }
        decoder.checkKeys(entries, allowed: ComposeSchema.healthcheck, in: what)
        var check = ComposeHealthcheck(disabled: false, location: node.location)
        if let testNode = node["test"] {
            if let items = testNode.items {
                let words = items.compactMap { decoder.string($0, "`test` of \(what)")?.value }
                check.test = ComposeValue(words, at: testNode.location)
                if let first = words.first, !["CMD", "CMD-SHELL", "NONE"].contains(first) {
                    decoder.problem("a healthcheck test list starts with CMD, CMD-SHELL or NONE, not `\(first)`",
                                    at: items[0].location)
                }
            } else if let text = decoder.string(testNode, "`test` of \(what)") {
                check.test = ComposeValue(["CMD-SHELL", text.value], at: text.location)
            }
        }
        check.interval = node["interval"].flatMap { decoder.duration($0, "`interval` of \(what)") }
        check.timeout = node["timeout"].flatMap { decoder.duration($0, "`timeout` of \(what)") }
        check.retries = node["retries"].flatMap { decoder.int($0, "`retries` of \(what)") }
        check.startPeriod = node["start_period"].flatMap { decoder.duration($0, "`start_period` of \(what)") }
        check.startInterval = node["start_interval"].flatMap { decoder.duration($0, "`start_interval` of \(what)") }
        check.disabled = node["disable"].flatMap { decoder.bool($0, "`disable` of \(what)")?.value } ?? false
        return check
    }
}
