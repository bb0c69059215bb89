import BerthFormats

/// Flags a WORKDIR with a relative path (hadolint DL3000); `rationale` says why it matters.
public enum BL107: DockerfileRule {
    public static let id = "BL107"
    public static let severity = Severity.error
    public static let summary = "WORKDIR is a relative path"
    public static let fix = "Give WORKDIR an absolute path, e.g. WORKDIR /app."
    public static let note = "dockerfile"
    public static let rationale = """
        A WORKDIR with a relative path (hadolint DL3000): it resolves against whatever the previous WORKDIR \
        (or the base image's) was, so the directory depends on lines elsewhere.
        """

    public static func check(_ dockerfile: Dockerfile, in context: LintContext) -> [Finding] {
        dockerfile.stages.flatMap { stage -> [Finding] in
            var directory = "/"
            var findings: [Finding] = []
            for instruction in stage.instructions("WORKDIR") {
                // A path still holding a build-time variable ($HOME from the base image) cannot be judged.
                guard let word = instruction.arguments.first, word.isResolved else { continue }
                let path = word.expanded
                if path.hasPrefix("/") || isWindowsAbsolute(path) {
                    directory = path
                    continue
                }
                directory = directory.hasSuffix("/") ? directory + path : directory + "/" + path
                findings.append(finding(at: word.location, message(path, resolved: directory)))
            }
            return findings
        }
    }

    private static func isWindowsAbsolute(_ path: String) -> Bool {
        let scalars = Array(path.unicodeScalars.prefix(2))
        return scalars.count == 2 && scalars[0].properties.isAlphabetic && scalars[1] == ":"
    }

    static func message(_ path: String, resolved: String) -> String {
        "WORKDIR \(path) is relative, so it depends on the WORKDIR before it; write the absolute path (\(resolved))"
    }
}
