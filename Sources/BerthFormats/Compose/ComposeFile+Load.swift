extension ComposeFile {
    /// Reads `path` through `reader` (never outside its root) with the `.env` file beside
    /// it, and parses it. Never throws: an unreadable, too large or non-UTF-8 file gives a
    /// model with no services and the reason in `errors`.
    ///
    /// - Parameter environment: the process environment; it wins over the `.env` file, as in Compose.
    public static func load(path: String, reader: SourceReader, environment: [String: String]) -> ComposeFile {
        let absolute = reader.absolutePath(path)
        let directory = ComposeFile.directory(of: absolute)
        var projectEnvironment = environment
        var errors: [ParseError] = []
        let dotEnvPath = directory + "/.env"
        if SourceReader.realPath(dotEnvPath) != nil {
            do {
                let dotEnv = DotEnvFile(try reader.read(dotEnvPath), environment: environment, environmentWins: true)
                errors += dotEnv.errors
                projectEnvironment.merge(dotEnv.values) { fromProcess, _ in fromProcess }
            } catch {
                errors.append(error)
            }
        }
        var file: ComposeFile
        do {
            let source = try reader.read(absolute)
            file = parse(source, environment: projectEnvironment, directory: directory, reader: reader)
        } catch {
            file = ComposeFile(path: reader.displayPath(absolute), directory: directory,
                               projectName: projectName(environment: projectEnvironment, declared: nil, directory: directory))
            file.errors = [error]
        }
        file.errors = errors + file.errors
        return file
    }

    /// Parses compose text already in memory. Relative paths resolve against the
    /// directory of `source.path`; `env_file`s are not read (there is no reader).
    ///
    /// - Parameter environment: every variable interpolation and bare `environment` names may use.
    public static func parse(_ source: SourceText, environment: [String: String] = [:]) -> ComposeFile {
        parse(source, environment: environment, directory: directory(of: source.path), reader: nil)
    }

    static func parse(_ source: SourceText, environment: [String: String], directory: String,
                      reader: SourceReader?) -> ComposeFile {
        var builder = ComposeNodeBuilder(file: source.path, interpolator: ComposeInterpolator(environment: environment))
        let root = builder.build(source.text)
        var decoder = ComposeDecoder(directory: directory, environment: environment, reader: reader)
        decoder.append(builder.errors)
        let declaredName = root?["name"]?.scalar?.string
        var file = ComposeFile(path: source.path, directory: directory,
                               projectName: projectName(environment: environment, declared: declaredName, directory: directory))
        file.root = root
        file.activeProfiles = Set((environment["COMPOSE_PROFILES"] ?? "").split(separator: ",").map(String.init))
        if let root {
            file.decodeDocument(root, decoder: &decoder)
        } else if builder.errors.isEmpty {
            decoder.problem("the file is empty; a compose file starts with `services:`",
                            at: SourceLocation(file: source.path, line: 1, column: 1), kind: .syntax)
        }
        // In file order (stable, so problems found at one spot keep the order they were found in).
        var seen = Set<ParseError>()
        file.errors = decoder.errors.filter { seen.insert($0).inserted }.enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }.map(\.element)
        return file
    }

    private mutating func decodeDocument(_ root: ComposeNode, decoder: inout ComposeDecoder) {
        guard let entries = decoder.mapping(root, "a compose file") else { return }
        decoder.checkKeys(entries, allowed: ComposeSchema.topLevel.map(\.name), in: "the top level")
        if let include = root.entry("include") {
            decoder.warning("berth does not follow `include`: checks see only the services written in this file, not those of the included files",
                            at: include.key.location)
        }
        version = root["version"].flatMap { decoder.scalar($0, "`version`") }
        if let version, root["version"]?.scalar?.isText == false {
            // Compose refuses an unquoted number here; the real fix is to drop the obsolete key.
            decoder.problem("Compose refuses `version: \(version.value)` unquoted (a number, not text); delete the line, as Compose v2 ignores `version`",
                            at: version.location)
        }
        name = root["name"].flatMap { decoder.string($0, "`name`") }
        if let servicesNode = root["services"] {
            services = (decoder.mapping(servicesNode, "`services`") ?? []).map {
                ComposeService.decode($0, decoder: &decoder)
            }
        } else {
            decoder.problem("a compose file needs a `services:` mapping", at: root.location)
        }
        let kinds: [(String, ComposeResource.Kind)] = [
            ("networks", .network), ("volumes", .volume), ("secrets", .secret), ("configs", .config),
        ]
        for (key, kind) in kinds {
            guard let node = root[key] else { continue }
            let resources = (decoder.mapping(node, "top-level `\(key)`") ?? []).map {
                ComposeResource.decode($0, kind: kind, project: projectName, decoder: &decoder)
            }
            switch kind {
            case .network: networks = resources
            case .volume: volumes = resources
            case .secret: secrets = resources
            case .config: configs = resources
            }
        }
    }

    static func projectName(environment: [String: String], declared: String?, directory: String) -> String {
        if let fromEnvironment = environment["COMPOSE_PROJECT_NAME"], !fromEnvironment.isEmpty {
            return normalizedProjectName(fromEnvironment)
        }
        if let declared, !declared.isEmpty { return normalizedProjectName(declared) }
        let base = directory.split(separator: "/").last.map(String.init) ?? directory
        return normalizedProjectName(base)
    }

    /// The directory part of a path (`.` when there is none).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
