/// Puts the statements of included files where their `include` stands, recursively, to
/// give the configuration nginx actually runs.
///
/// A file is expanded again wherever it is included (unlike the file list, which holds
/// it once); an include cycle is cut where it closes, and the total is bounded so a few
/// files including each other many times cannot blow up.
struct NginxIncludeExpander {
    static let maximumDirectives = 200_000

    let files: [NginxConfigFile]
    private var count = 0
    /// Set when the bound was reached.
    private(set) var problem: NginxDiagnostic?

    init(files: [NginxConfigFile]) {
        self.files = files
    }

    /// `directives` with includes expanded; `within` holds the files being expanded, outermost first.
    mutating func expand(_ directives: [NginxDirective], within stack: [Int]) -> [NginxDirective] {
        count += directives.count
        guard directives.contains(where: NginxIncludeExpander.needsExpansion) else { return directives }
        var result: [NginxDirective] = []
        result.reserveCapacity(directives.count)
        for directive in directives {
            if let includes = directive.includes {
                for index in includes where files.indices.contains(index) && !stack.contains(index) {
                    guard count < NginxIncludeExpander.maximumDirectives else {
                        problem = problem ?? NginxDiagnostic(.tooLarge, at: directive.location,
                            "the includes expand to more than \(NginxIncludeExpander.maximumDirectives) directives; berth stopped expanding here")
                        break
                    }
                    result += expand(files[index].directives, within: stack + [index])
                }
            } else if let block = directive.block {
                var copy = directive
                copy.block = expand(block, within: stack)
                result.append(copy)
            } else {
                result.append(directive)
            }
        }
        return result
    }

    /// Whether anything under `directive` is a followed include.
    private static func needsExpansion(_ directive: NginxDirective) -> Bool {
        directive.includes != nil || (directive.block?.contains(where: needsExpansion) ?? false)
    }
}
