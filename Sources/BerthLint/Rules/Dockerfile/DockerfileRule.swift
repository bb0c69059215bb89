import BerthFormats

/// A rule over one parsed Dockerfile.
public protocol DockerfileRule: Rule {
    static func check(_ dockerfile: Dockerfile, in context: LintContext) -> [Finding]
}

/// A rule that looks at one instruction at a time, hadolint's `simpleRule`: it only says
/// what is wrong with a single instruction, and the file is walked for it.
public protocol DockerfileInstructionRule: DockerfileRule {
    static func check(_ instruction: DockerfileInstruction) -> [Finding]
}

extension DockerfileInstructionRule {
    public static func check(_ dockerfile: Dockerfile, in context: LintContext) -> [Finding] {
        dockerfile.instructions.flatMap { check($0) }
    }
}

extension ShellCommand {
    /// `apt-get … install …`, the way hadolint recognises it: any argument is `install`.
    var isAptGetInstall: Bool { name == "apt-get" && hasArgument("install") }
}

extension String {
    /// The text without the quotes around it, hadolint's `dropQuotes` (`"/app"` → `/app`).
    var droppingQuotes: String {
        let view = unicodeScalars
        let isQuote: (Unicode.Scalar) -> Bool = { $0 == "\"" || $0 == "'" }
        guard let start = view.firstIndex(where: { !isQuote($0) }),
              let end = view.lastIndex(where: { !isQuote($0) }) else { return "" }
        return String(view[start...end])
    }
}

extension String {
    /// How many scalars into the string `needle` first starts, for pointing inside a word.
    func scalarOffset(of needle: String) -> Int? {
        let haystack = Array(unicodeScalars)
        let target = Array(needle.unicodeScalars)
        guard !target.isEmpty, haystack.count >= target.count else { return nil }
        return (0...(haystack.count - target.count)).first { haystack[$0..<($0 + target.count)].elementsEqual(target) }
    }
}
