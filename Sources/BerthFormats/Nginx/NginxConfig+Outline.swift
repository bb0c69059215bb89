extension NginxConfig {
    /// A short human summary (what `berth parse nginx FILE` prints): a header line, then
    /// every directive indented by depth with the line and column it was read from; an
    /// `include` lists the files it read and shows their directives beneath it.
    public func outline() -> String {
        let count = allDirectives().count
        var lines = ["\(path): \(files.count) file\(files.count == 1 ? "" : "s"), \(count) directive\(count == 1 ? "" : "s")"
            + (context == .main ? "" : ", read in the \(context.rawValue) context")]
        if let main = files.first { outline(main.directives, file: 0, depth: 1, within: [0], into: &lines) }
        return lines.joined(separator: "\n")
    }

    private func outline(_ directives: [NginxDirective], file: Int, depth: Int, within stack: [Int],
                         into lines: inout [String]) {
        for directive in directives {
            var text = directive.name == "#" ? "#" + (directive.comment ?? "") : directive.name
            if !directive.arguments.isEmpty {
                text += " " + directive.arguments.map { $0.isQuoted || $0.value.isEmpty ? "\"\($0.value)\"" : $0.value }
                    .joined(separator: " ")
            }
            if directive.isBlock { text += " {" }
            let prefix = file == 0 ? "" : files[file].path + ":"
            lines.append(String(repeating: "  ", count: depth) + text
                         + "  @\(prefix)\(directive.location.line):\(directive.location.column)")
            if let block = directive.block { outline(block, file: file, depth: depth + 1, within: stack, into: &lines) }
            for index in directive.includes ?? [] where files.indices.contains(index) {
                guard !stack.contains(index) else {
                    lines.append(String(repeating: "  ", count: depth + 1) + "(\(files[index].path): include cycle)")
                    continue
                }
                lines.append(String(repeating: "  ", count: depth + 1) + "-> \(files[index].path)")
                outline(files[index].directives, file: index, depth: depth + 2, within: stack + [index], into: &lines)
            }
        }
    }
}
