import BerthFormats

/// Flags a stage that copies its whole build context (`COPY ; `rationale` says why it matters.
public enum BL117: DockerfileRule {
    public static let id = "BL117"
    public static let severity = Severity.warning
    public static let summary = "sources copied before dependencies are installed"
    public static let fix = "Copy the dependency manifests first, install, then copy the rest: "
        + "COPY package.json package-lock.json ./, RUN npm ci, COPY . ."
    public static let note = "images-and-layers"
    public static let rationale = """
        A stage that copies its whole build context (`COPY . .`) before the RUN that installs dependencies \
        from manifest files alone (`npm ci`, `pip install -r requirements.txt`, `swift package resolve`, …). \
        Any source edit then invalidates the copy, and Docker re-installs every dependency on each build; \
        copying the manifests first lets that layer stay cached.
        """

    static let wholeContext: Set<String> = [".", "./", "*", "./*"]

    public static func check(_ dockerfile: Dockerfile, in context: LintContext) -> [Finding] {
        dockerfile.stages.compactMap { stage in
            var broadCopy: DockerfileWord?
            for instruction in stage.body {
                if let copy = instruction.copy, copy.from == nil, broadCopy == nil {
                    broadCopy = copy.sources.first { wholeContext.contains($0.expanded) }
                }
                guard let run = instruction.run, let step = run.commands.lazy.compactMap(DependencyStep.init).first else {
                    continue
                }
                guard let source = broadCopy else { return nil }
                return finding(at: source.location, message(step, line: instruction.location.line))
            }
            return nil
        }
    }

    static func message(_ step: DependencyStep, line: Int) -> String {
        let files = step.manifests.joined(separator: " and ")
        return "this COPY brings in every source file before \(step.command) (line \(line)), so any edit re-installs "
            + "all dependencies; copy \(files) first, run \(step.command), then copy the rest"
    }
}
