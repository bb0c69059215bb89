import BerthFormats

/// Flags ADD used to copy local files (hadolint DL3020); `rationale` says why it matters.
public enum BL105: DockerfileInstructionRule {
    public static let id = "BL105"
    public static let severity = Severity.error
    public static let summary = "ADD used where COPY does"
    public static let fix = "Use COPY for local files and folders; keep ADD for URLs and archives to unpack."
    public static let note = "dockerfile"
    public static let rationale = """
        ADD used to copy local files (hadolint DL3020): ADD also downloads URLs and unpacks archives, so a \
        reader cannot tell what it does; COPY says "copy" and nothing more. Remote sources (http(s) URLs, \
        git repositories) and local tar archives are what ADD is for.
        """

    /// The suffixes hadolint treats as archives ADD unpacks (zip is not one: ADD copies it as is).
    static let archiveSuffixes = [".tar", ".gz", ".bz2", ".xz", ".tgz", ".tb2", ".tbz", ".tbz2", ".lz", ".lzma",
                                  ".tlz", ".txz", ".Z", ".tZ"]

    public static func check(_ instruction: DockerfileInstruction) -> [Finding] {
        guard let copy = instruction.copy, copy.isAdd,
              let source = copy.sources.first(where: { !needsAdd($0.raw) }) else { return [] }
        return [finding(at: source.location, message(source.raw))]
    }

    private static func needsAdd(_ raw: String) -> Bool {
        let path = raw.droppingQuotes
        return archiveSuffixes.contains { path.hasSuffix($0) }
            || path.hasPrefix("https://") || path.hasPrefix("http://")
            || path.hasPrefix("git@") || path.hasPrefix("git://")
    }

    static func message(_ source: String) -> String {
        "ADD \(source) only copies a local file; use COPY, which does just that"
    }
}
