/// One port of an EXPOSE instruction (`8080`, `53/udp`, `8000-8010/tcp`).
public struct ExposedPort: Hashable, Sendable {
    /// The word as written and expanded, with its position.
    public var word: DockerfileWord
    /// The port (the first of a range); nil when the word is not a number or is unresolved.
    public var port: Int?
    /// The last port of a range, the same as `port` otherwise.
    public var lastPort: Int?
    /// `tcp` unless written otherwise.
    public var transport: String

    init(_ word: DockerfileWord) {
        self.word = word
        let parts = word.expanded.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        transport = parts.count > 1 ? parts[1].lowercased() : "tcp"
        let bounds = parts[0].split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
        guard word.isResolved, bounds.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }) else { return }
        port = Int(bounds[0])
        lastPort = bounds.count > 1 ? Int(bounds[1]) : port
    }

    /// Whether `number` is this port or inside its range.
    public func contains(_ number: Int) -> Bool {
        guard let port, let lastPort else { return false }
        return (port...max(port, lastPort)).contains(number)
    }
}

extension DockerfileInstruction {
    /// EXPOSE's ports; empty for other instructions.
    public var exposedPorts: [ExposedPort] {
        keyword == "EXPOSE" ? arguments.map(ExposedPort.init) : []
    }
}
