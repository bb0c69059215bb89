extension Dockerfile {
    /// A short human summary for `berth parse dockerfile FILE`: each stage with its base image,
    /// then each instruction at its line and column, long arguments shortened.
    ///
    /// ```
    /// Dockerfile: 2 stages (syntax docker/dockerfile:1.4)
    /// stage 0 "build" from golang:1.22
    ///   3:1   FROM golang:1.22 AS build
    ///   4:1   RUN go build -o /app   [2 commands]
    /// ```
    public func outline(width: Int = 100) -> String {
        var lines: [String] = []
        var header = "\(path): \(stages.count) stage\(stages.count == 1 ? "" : "s")"
        if !directives.isEmpty {
            header += " (" + directives.map { "\($0.name) \($0.value)" }.joined(separator: ", ") + ")"
        }
        lines.append(header)
        if !preamble.isEmpty {
            lines.append("global")
            lines += preamble.map { Dockerfile.outline($0, width: width) }
        }
        for stage in stages {
            var title = "stage \(stage.index)"
            if let name = stage.name { title += " \"\(name)\"" }
            if let base = stage.base { title += " from \(base.text)" }
            if let baseStage = stage.baseStage { title += " (stage \(baseStage))" }
            lines.append(title)
            lines += stage.instructions.map { Dockerfile.outline($0, width: width) }
        }
        let errorCount = errors.filter { $0.severity == .error }.count
        if errorCount > 0 { lines.append("\(errorCount) error\(errorCount == 1 ? "" : "s")") }
        return lines.joined(separator: "\n")
    }

    private static func outline(_ instruction: DockerfileInstruction, width: Int) -> String {
        let position = "\(instruction.location.line):\(instruction.location.column)"
        var text = instruction.flags.map { flag in "--\(flag.name)" + (flag.value.map { "=\($0.raw)" } ?? "") }
        switch instruction.form {
        case .exec: text.append("[" + instruction.arguments.map { "\"\($0.raw)\"" }.joined(separator: ", ") + "]")
        default: text += instruction.arguments.map(\.raw)
        }
        var line = "  " + position.padding(to: 7) + instruction.keyword + " " + text.joined(separator: " ")
        line = line.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? line
        if line.count > width { line = String(line.prefix(width - 1)) + "…" }
        var notes: [String] = []
        if !instruction.heredocs.isEmpty {
            notes.append(instruction.heredocs.map { "<<\($0.name) lines \($0.contentLine)-\($0.terminatorLine)" }
                .joined(separator: ", "))
        }
        if instruction.keyword == "RUN" {
            let count = instruction.shellCommands.count
            notes.append("\(count) command\(count == 1 ? "" : "s")")
        }
        if let trigger = instruction.trigger { notes.append("on build: \(trigger.keyword)") }
        return notes.isEmpty ? line : line + "   [" + notes.joined(separator: "; ") + "]"
    }
}

fileprivate extension String {
    /// The string followed by spaces up to `length` characters (at least one space).
    func padding(to length: Int) -> String {
        self + String(repeating: " ", count: max(1, length - count))
    }
}
